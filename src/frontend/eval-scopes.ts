// Direct eval's view of its caller's scope. A function that calls `eval(code)` directly keeps
// every binding the call can see in a context (scope.ts marks them captured), and the call
// site records which contexts those are, innermost first, with each visible binding's slot
// (describeEvalSite, when the caller's bytecode is generated). When the call runs, the eval
// code is analyzed against scopes standing for those contexts (evalOuterOf): a name it does
// not declare itself resolves to a caller's binding exactly as a closure's free name would,
// and reaches it through the context the call passes, by the same context paths.
//
// V8 keeps a ScopeInfo per function for the same purpose; kiln's is a small JSON description
// carried as the DirectEval instruction's constant, so the runtime needs nothing else.

import type { Binding, BindingKind, FunctionInfo, Scope } from './scope-model';
import { innermostContext } from './scope-contexts';
import type { FunctionNode } from './ast';

/** One visible binding of a context at a direct eval call site. */
export interface EvalSiteBinding {
  readonly name: string;
  readonly kind: BindingKind;
  readonly slot: number;
}

/** One context on the call site's chain: which function made it (an index among this site's
 *  functions), whether slot 0 links to an enclosing context of the same function, whether it
 *  is the calling function's var scope, and the visible bindings it holds. */
export interface EvalSiteContext {
  readonly fn: number;
  readonly link: boolean;
  readonly vars: boolean;
  readonly bindings: readonly EvalSiteBinding[];
  /** The slot of the function's eval variables object (scope.ts), when it has one. */
  readonly variables?: number;
}

export interface EvalSite {
  /** The caller is strict code (then so is the eval code). */
  readonly strict: boolean;
  /** The call is in a parameter list's expressions (its code may not declare `arguments`). */
  readonly inParameters: boolean;
  readonly contexts: readonly EvalSiteContext[];
}

/** The contexts and bindings visible from `callScope` of `caller`, innermost first: the
 *  context register at the call site (FunctionContext.currentContext) is the first. A name
 *  shadowed by an inner binding is left out. */
export function describeEvalSite(callScope: Scope, caller: FunctionInfo, inParameters: boolean): EvalSite {
  const visible = new Map<Scope, EvalSiteBinding[]>();
  const seen = new Set<string>();
  for (let s: Scope | null = callScope; s !== null; s = s.parent) {
    if (s.withObject !== undefined && s.withObject.contextScope !== s) throw new Error('eval site: eval variables outside their context');
    for (const b of s.bindings.values()) {
      if (seen.has(b.name) || b.name.startsWith('%')) continue;
      seen.add(b.name);
      if (!b.captured || b.contextScope === null) throw new Error(`eval site: ${b.name} is not in a context`);
      const list = visible.get(b.contextScope) ?? [];
      list.push({ name: b.name, kind: b.kind, slot: b.slot });
      visible.set(b.contextScope, list);
    }
  }
  const functions = new Map<FunctionInfo, number>();
  const contexts: EvalSiteContext[] = [];
  for (let s = innermostContext(callScope); s !== null; s = innermostContext(s.parent)) {
    if (!functions.has(s.fn)) functions.set(s.fn, functions.size);
    const context: EvalSiteContext = { fn: functions.get(s.fn)!, link: s.hasLink, vars: s === caller.scope, bindings: visible.get(s) ?? [] };
    contexts.push(s.withObject === undefined ? context : { ...context, variables: s.withObject.slot });
  }
  return { strict: caller.strict, inParameters, contexts };
}

/** What the eval code's analysis starts from: the scope its top level is nested in (null when
 *  the caller sees no context), a function standing for the caller (its strictness), and the
 *  caller's var scope when it has a context (sloppy eval code's `var`s must name one of its
 *  bindings: kiln's eval adds none to the caller). */
export interface EvalOuter {
  readonly inParameters: boolean;
  readonly scope: Scope | null;
  readonly fn: FunctionInfo;
  readonly vars: Scope | null;
}

/** Scopes and functions standing for the site's contexts, linked as the caller's were, so
 *  that context paths computed from them are the caller's own. */
export function evalOuterOf(site: EvalSite): EvalOuter {
  const functions = new Map<number, FunctionInfo>();
  let parent: Scope | null = null;
  let vars: Scope | null = null;
  for (let i = site.contexts.length - 1; i >= 0; i--) {
    const c = site.contexts[i];
    let fn = functions.get(c.fn);
    const first = fn === undefined;
    // A function's creation context is the innermost context outside it: the one made last.
    if (fn === undefined) functions.set(c.fn, (fn = standIn(site.strict, parent)));
    const scope: Scope = {
      kind: c.vars ? 'function' : 'block', parent, fn, bindings: new Map(), lexicals: [], owner: true, loopDepth: 0,
      captured: [], hasContext: true, hasLink: c.link, contextSlots: 0,
    };
    if (first) fn.scope = scope;
    for (const b of c.bindings) {
      const binding: Binding = { name: b.name, kind: b.kind, fn, scope, declEnd: 0, captured: true, slot: b.slot, contextScope: scope };
      scope.bindings.set(b.name, binding);
      scope.captured.push(binding);
    }
    if (c.variables !== undefined) {
      scope.withObject = { name: '%evalVariables', kind: 'const', fn, scope, declEnd: 0, captured: true, slot: c.variables, contextScope: scope };
    }
    if (c.vars) vars = scope;
    parent = scope;
  }
  const innermost = site.contexts.length > 0 ? functions.get(site.contexts[0].fn)! : standIn(site.strict, null);
  return { inParameters: site.inParameters, scope: parent, fn: innermost, vars };
}

/** A function of the caller's chain, as far as the eval code's analysis asks about one. */
function standIn(strict: boolean, creationContext: Scope | null): FunctionInfo {
  return {
    strict, id: -1, name: '', node: { type: 'FunctionExpression' } as FunctionNode, parent: null, isArrow: false, kind: 'normal',
    home: null, classInfo: null, scope: null as unknown as Scope, params: [], bindings: [], functions: [],
    thisBinding: null, argumentsBinding: null, createsClosures: true, contextSlots: 0, usesOuterContext: true,
    contextMode: 'closure', creationContext,
  };
}
