// Context assignment, the last step of scope analysis: decides which scopes own a context at
// run time, gives every captured binding its slot, and each function its context mode.
//
// Contexts. A binding referenced from a nested function is "captured" and lives in a slot of
// a context object instead of a register. Context-owning scopes are the function scope and
// every scope that can be entered more than once per entry of its enclosing owner — the
// first scope inside a loop (a `for (let ...)` head scope, a loop body block, a for-of/in
// iteration scope) — and the scope binding a named function expression's own name. A
// captured binding of any other block scope is stored in its nearest owner's context. An
// owner with captured bindings creates its context when entered (the function scope in the
// prologue, a loop scope on each iteration). CreateContext always makes the running
// closure's context the new context's parent, so a block context whose function has an
// enclosing context (the function's own, or an outer block's) keeps a link to it in slot 0.

import type { Scope, ScopeInfo } from './scope-model';

/** The innermost scope with a context among `scope` and its ancestors (crossing functions), or null. */
export function innermostContext(scope: Scope | null): Scope | null {
  for (let s = scope; s; s = s.parent) if (s.hasContext) return s;
  return null;
}

/** The enclosing context scope a block context's link (slot 0) points to. */
export function linkTarget(scope: Scope): Scope {
  const t = innermostContext(scope.parent);
  if (!t || t.fn !== scope.fn) throw new Error('scope: context has no link');
  return t;
}

/** Places captured bindings in their owners' contexts; decides each function's context mode. */
export function assignContexts(info: ScopeInfo): void {
  for (const fn of info.functions) {
    for (const b of fn.bindings) {
      if (!b.captured) continue;
      let owner = b.scope;
      while (!owner.owner) owner = owner.parent!;
      owner.captured.push(b);
    }
  }
  // Creation order visits enclosing scopes first, so a scope's link is known when it is decided.
  for (const scope of info.allScopes) {
    if (scope.captured.length === 0) continue;
    scope.hasContext = true;
    const enclosing = innermostContext(scope.parent);
    scope.hasLink = scope.kind !== 'function' && enclosing !== null && enclosing.fn === scope.fn;
    let slot = scope.hasLink ? 1 : 0;
    for (const b of scope.captured) {
      b.slot = slot++;
      b.contextScope = scope;
    }
    scope.contextSlots = slot;
  }
  for (const fn of info.functions) {
    fn.contextSlots = fn.scope.contextSlots;
    fn.creationContext = innermostContext(fn.scope.parent);
    if (fn.scope.hasContext) fn.contextMode = 'own';
    else if (fn.creationContext && (fn.usesOuterContext || fn.createsClosures)) fn.contextMode = 'closure';
    else fn.contextMode = 'none';
  }
}
