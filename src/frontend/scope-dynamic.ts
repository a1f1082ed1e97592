// Names found at run time, the part of scope analysis that is not static: `with` statements
// (a name inside the body is looked up on the object first), sloppy functions that call eval
// directly (their eval variables object, consulted first in the same way), direct eval calls
// (every binding they can see kept in a context: eval-scopes.ts describes them to the code)
// and, inside direct eval code, its `var`s that are the caller's. A reference that passes such
// a scope records the objects it passes (Resolution.withs); codegen/context.ts turns it into
// the WithHas lookups. The Analyzer (scope.ts) delegates these constructs here.

import type * as acorn from 'acorn';
import { diagnosticAt, unsupported } from './diagnostics';
import type { EvalOuter } from './eval-scopes';
import { hasSpread } from './ast';
import { lookup, type Binding, type BindingKind, type FunctionInfo, type Scope, type ScopeInfo, type ScopeKind } from './scope-model';

/** What DynamicScopes needs of the analyzer. */
export interface DynamicScopeHost {
  readonly file: string;
  readonly info: ScopeInfo;
  readonly fn: FunctionInfo;
  newScope(kind: ScopeKind, parent: Scope | null, owner?: boolean): Scope;
  declare(scope: Scope, name: string, kind: BindingKind, declEnd: number, named?: boolean): Binding;
  expression(node: acorn.Expression, scope: Scope, name?: string): void;
  statement(node: acorn.Statement, scope: Scope): void;
  capture(binding: Binding): void;
  nonArrow(): FunctionInfo;
  thisExpression(node: acorn.ThisExpression): void;
  reference(id: acorn.Identifier, scope: Scope, mode: 'read'): void;
}

export class DynamicScopes {
  /** Inside a `with` body or a function with eval variables (functions nested in one
   *  included): names may be found on an object at run time. */
  private depth = 0;
  /** Inside a `with` body. */
  private withStatements = 0;
  /** The function nodes whose own code calls `eval(...)` by that name. */
  private readonly callingEval: ReadonlySet<acorn.Node>;

  constructor(private readonly host: DynamicScopeHost, private readonly evalOuter: EvalOuter | null, program: acorn.Program) {
    this.callingEval = functionsCallingEval(program);
    // Direct eval code inside a function with an eval variables object: its names pass it.
    host.info.evalExtension = evalOuter?.vars?.withObject ?? null;
    for (let s = evalOuter?.scope ?? null; s !== null; s = s.parent) {
      if (s.withObject !== undefined) this.depth = 1;
    }
  }

  /** `with (o) body`: the body's names resolve through a scope holding o's hidden binding,
   *  so each reference from inside records the with objects it passes. Inside, no global
   *  name is known to be the builtin it names (`Math.floor` may be o's Math). */
  withStatement(node: acorn.WithStatement, scope: Scope): void {
    const host = this.host;
    host.expression(node.object, scope);
    const body = host.newScope('block', scope);
    body.withObject = host.declare(body, '%with', 'const', 0);
    host.info.scopes.set(node, body);
    this.depth++;
    this.withStatements++;
    try {
      host.statement(node.body, body);
    } finally {
      this.depth--;
      this.withStatements--;
    }
  }

  /** A sloppy function calling eval directly: its eval code may add variables, which the
   *  function's names (and its closures') must find before the ones declared around it — as
   *  if its body were inside `with (variables)`. True when it has them (leaveFunction after
   *  its body). */
  enterFunction(fn: FunctionInfo, node: acorn.Node): boolean {
    if (fn.strict || !this.callingEval.has(node)) return false;
    const variables = this.host.declare(fn.scope, '%evalVariables', 'const', 0);
    fn.scope.withObject = variables;
    this.host.info.evalVariables.set(fn, variables);
    this.depth++;
    return true;
  }

  leaveFunction(): void {
    this.depth--;
  }

  /** Is `name` the global of that name here: not declared, and not found at run time? */
  unshadowedGlobal(scope: Scope, name: string): boolean {
    return this.depth === 0 && !lookup(scope, name);
  }

  /** The with objects a reference from `scope` to `binding` (a global: undefined) passes,
   *  innermost first, each captured when it belongs to an enclosing function. */
  withsPassed(scope: Scope, binding: Binding | undefined): Binding[] | undefined {
    if (this.depth === 0) return undefined;
    const withs: Binding[] = [];
    for (let s: Scope | null = scope; s !== null && s !== binding?.scope; s = s.parent) {
      if (s.withObject === undefined) continue;
      this.host.capture(s.withObject);
      withs.push(s.withObject);
    }
    return withs.length > 0 ? withs : undefined;
  }

  /**
   * `eval(code)`: its code sees every binding in scope here, so all of them live in contexts;
   * the calling function's arguments object is made for it, and `this` is read at the call.
   * (When `eval` is not the intrinsic at run time this is an ordinary call.)
   */
  directEval(node: acorn.CallExpression, callee: acorn.Identifier, scope: Scope, inParameters: boolean): void {
    const host = this.host;
    if (this.withStatements > 0) throw unsupported(host.file, callee, 'direct eval inside a with statement');
    if (hasSpread(node)) throw unsupported(host.file, node, 'direct eval with a spread argument');
    const f = host.nonArrow();
    if (f.node.type !== 'Program' && lookup(scope, 'arguments') === undefined) {
      f.argumentsBinding ??= host.declare(f.scope, 'arguments', 'var', 0);
    }
    for (let s: Scope | null = scope; s !== null; s = s.parent) {
      for (const b of s.bindings.values()) {
        if (b.fn === host.fn) b.captured = true;
        else host.capture(b);
      }
    }
    host.fn.usesOuterContext = true;
    const self = { type: 'ThisExpression', start: node.start, end: node.start } as acorn.ThisExpression;
    host.thisExpression(self);
    host.info.directEvals.set(node, { self, inParameters });
    host.reference(callee, scope, 'read');
    for (const a of node.arguments) host.expression(a as acorn.Expression, scope);
  }

  /** The caller's var-scope binding a sloppy direct eval's `var name` or function declaration
   *  stands for, or null when the caller has none: the name becomes a property of the
   *  caller's eval variables object (recorded in evalAddedVars), made when the eval code
   *  starts, as V8 adds it to the function's context. */
  callerVar(name: string, at: acorn.Node): Binding | null {
    const { file, info } = this.host;
    const outer = this.evalOuter;
    const existing = outer?.vars?.bindings.get(name);
    if (name === 'arguments' && outer?.inParameters === true && existing?.kind === 'param') {
      // As V8: eval code in a parameter's expression may not redeclare a parameter `arguments`.
      throw diagnosticAt(file, at, 'SyntaxError', "Identifier 'arguments' has already been declared");
    }
    // A let, const or class of that name around the call, up to the caller's var scope, is
    // an early error of the eval code (EvalDeclarationInstantiation), as V8 reports it.
    for (let s = outer?.scope ?? null; s !== null; s = s.parent) {
      const lexical = s.bindings.get(name);
      if (lexical !== undefined && !isVarLike(lexical.kind) && lexical.kind !== 'fname') {
        throw diagnosticAt(file, at, 'SyntaxError', `Identifier '${name}' has already been declared`);
      }
      if (s === outer?.vars) break;
    }
    if (existing !== undefined && isVarLike(existing.kind)) return existing;
    if (info.evalExtension === null) {
      throw unsupported(file, at, `'${name}' declared by sloppy direct eval code where the calling function has no var of that name`);
    }
    // A new variable of the caller: a property of its eval variables object.
    this.host.capture(info.evalExtension);
    info.evalAddedVars.add(name);
    return null;
  }
}

function isVarLike(kind: BindingKind): boolean {
  return kind === 'var' || kind === 'param' || kind === 'function';
}

/** The function nodes (and the program) whose own code — not a nested function's — calls
 *  `eval(...)` by that name: the candidates for direct eval. */
function functionsCallingEval(program: acorn.Program): Set<acorn.Node> {
  const found = new Set<acorn.Node>();
  const walk = (node: unknown, fn: acorn.Node): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const n of node) walk(n, fn);
      return;
    }
    const n = node as acorn.Node & Record<string, unknown>;
    if (typeof n.type !== 'string') return;
    const inner = n.type === 'FunctionDeclaration' || n.type === 'FunctionExpression' || n.type === 'ArrowFunctionExpression' ? n : fn;
    if (n.type === 'CallExpression' && (n.callee as acorn.Node).type === 'Identifier' && (n.callee as acorn.Identifier).name === 'eval') found.add(fn);
    for (const key in n) {
      if (key !== 'loc' && key !== 'start' && key !== 'end' && key !== 'type') walk(n[key], inner);
    }
  };
  walk(program, program);
  return found;
}
