// Scope analysis: resolves every identifier of a subset-checked AST to a binding (parameter,
// var, let, const or function) or to a global, decides which bindings are captured by nested
// functions (they live in context slots) and which reads need a TDZ check. Third stage of the
// front end (parse → subset → scope); the bytecode generator reads its ScopeInfo.

import type * as acorn from 'acorn';
import { builtinCallPath, builtinConstantPath, memberRoot, type FunctionNode } from './ast';
import { unsupported } from './diagnostics';
import { COMMONJS_NAMES, NODE_GLOBALS, SUPPORTED_GLOBALS } from './globals';

export type BindingKind = 'param' | 'var' | 'function' | 'let' | 'const';
export type ScopeKind = 'function' | 'block' | 'for' | 'switch';

export interface Binding {
  readonly name: string;
  readonly kind: BindingKind;
  readonly fn: FunctionInfo;
  readonly scope: Scope;
  /** Source offset where a let/const becomes initialized (end of its declarator). */
  readonly declEnd: number;
  /** Referenced from a nested function: lives in slot `slot` of fn's context. */
  captured: boolean;
  slot: number;
}

export interface Scope {
  readonly kind: ScopeKind;
  readonly parent: Scope | null;
  readonly fn: FunctionInfo;
  readonly bindings: Map<string, Binding>;
  /** let/const bindings of this scope in declaration order (set to the hole at scope entry). */
  readonly lexicals: Binding[];
}

/** How a function obtains the context register it reads captured bindings through. */
export type ContextMode = 'own' | 'closure' | 'none';

export interface FunctionInfo {
  readonly id: number; // index in Program.functions; 0 is the module top level
  readonly name: string;
  readonly node: FunctionNode;
  readonly parent: FunctionInfo | null;
  scope: Scope; // set once, right after creation
  readonly params: Binding[];
  /** Every binding declared in this function (params first), in declaration order. */
  readonly bindings: Binding[];
  /** Hoisted nested function declarations, in source order, with the binding each initializes. */
  readonly functions: { readonly info: FunctionInfo; readonly binding: Binding }[];
  contextSlots: number;
  usesOuterContext: boolean;
  contextMode: ContextMode;
}

export type Resolution =
  | { readonly kind: 'binding'; readonly binding: Binding; readonly holeCheck: boolean }
  | { readonly kind: 'global'; readonly name: string };

export class ScopeInfo {
  readonly functions: FunctionInfo[] = [];
  readonly resolutions = new Map<acorn.Identifier, Resolution>();
  readonly scopes = new Map<acorn.Node, Scope>();

  get main(): FunctionInfo {
    return this.functions[0];
  }

  resolution(id: acorn.Identifier): Resolution {
    const r = this.resolutions.get(id);
    if (!r) throw new Error(`scope: unresolved identifier ${id.name} at ${id.start}`);
    return r;
  }

  scopeOf(node: acorn.Node): Scope | undefined {
    return this.scopes.get(node);
  }
}

/**
 * Context levels between `from`'s context register and the context of `target` (an ancestor
 * or `from` itself): one per context-creating function on the way, `target` excluded.
 */
export function contextDepth(from: FunctionInfo, target: FunctionInfo): number {
  let depth = 0;
  for (let f: FunctionInfo | null = from; f !== target; f = f.parent) {
    if (!f) throw new Error('contextDepth: target is not an enclosing function');
    if (f.contextSlots > 0) depth++;
  }
  return depth;
}

export function analyzeScopes(program: acorn.Program, file: string): ScopeInfo {
  const info = new ScopeInfo();
  new Analyzer(file, info).analyzeFunction(program, null, null);
  for (const fn of info.functions) assignContext(fn);
  for (const fn of info.functions) finishContextMode(fn);
  return info;
}

function assignContext(fn: FunctionInfo): void {
  for (const b of fn.bindings) if (b.captured) b.slot = fn.contextSlots++;
}

function finishContextMode(fn: FunctionInfo): void {
  let ancestorContext = false;
  for (let p = fn.parent; p; p = p.parent) if (p.contextSlots > 0) ancestorContext = true;
  if (fn.contextSlots > 0) fn.contextMode = 'own';
  else if (ancestorContext && (fn.usesOuterContext || fn.functions.length > 0)) fn.contextMode = 'closure';
  else fn.contextMode = 'none';
}

type RefMode = 'read' | 'write' | 'typeof';

class Analyzer {
  private fn!: FunctionInfo;

  constructor(private readonly file: string, private readonly info: ScopeInfo) {}

  // ---- functions and hoisting ----

  analyzeFunction(node: FunctionNode, parent: FunctionInfo | null, outer: Scope | null): FunctionInfo {
    const fn: FunctionInfo = {
      id: this.info.functions.length,
      name: node.type === 'Program' ? '' : node.id.name,
      node, parent, params: [], bindings: [], functions: [],
      scope: null as unknown as Scope,
      contextSlots: 0, usesOuterContext: false, contextMode: 'none',
    };
    this.info.functions.push(fn);
    fn.scope = this.newScope('function', outer, fn);
    const saved = this.fn;
    this.fn = fn;
    const body = node.type === 'Program' ? node.body : node.body.body;
    this.hoist(fn, node, body as acorn.Statement[]);
    this.statements(body as acorn.Statement[], fn.scope);
    this.fn = saved;
    return fn;
  }

  private hoist(fn: FunctionInfo, node: FunctionNode, body: readonly acorn.Statement[]): void {
    const scope = fn.scope;
    if (node.type === 'FunctionDeclaration') {
      for (const p of node.params) fn.params.push(this.declare(scope, p as acorn.Identifier, 'param', 0));
    }
    for (const s of body) this.hoistVars(s, scope);
    this.declareLexicals(scope, body);
  }

  /** var declarations anywhere in the body (not inside nested functions) go to the function scope. */
  private hoistVars(node: acorn.Statement, scope: Scope): void {
    switch (node.type) {
      case 'VariableDeclaration':
        if (node.kind === 'var') {
          for (const d of node.declarations) this.declareOnce(scope, d.id as acorn.Identifier, 'var');
        }
        return;
      case 'BlockStatement': for (const s of node.body) this.hoistVars(s, scope); return;
      case 'IfStatement':
        this.hoistVars(node.consequent, scope);
        if (node.alternate) this.hoistVars(node.alternate, scope);
        return;
      case 'WhileStatement': case 'DoWhileStatement': case 'LabeledStatement':
        return this.hoistVars(node.body, scope);
      case 'ForStatement':
        if (node.init?.type === 'VariableDeclaration') this.hoistVars(node.init, scope);
        return this.hoistVars(node.body, scope);
      case 'SwitchStatement':
        for (const c of node.cases) for (const s of c.consequent) this.hoistVars(s, scope);
        return;
      default: return;
    }
  }

  /** let/const (and, at a function's top level, function declarations) of one statement list. */
  private declareLexicals(scope: Scope, list: readonly acorn.Statement[]): void {
    for (const s of list) {
      if (s.type === 'FunctionDeclaration') {
        const existing = scope.bindings.get(s.id.name);
        const binding = existing ?? this.declare(scope, s.id, 'function', 0);
        // The nested FunctionInfo is created when the walk reaches the declaration.
        this.pendingFunctions.set(s, binding);
      } else if (s.type === 'VariableDeclaration' && (s.kind === 'let' || s.kind === 'const')) {
        for (const d of s.declarations) this.declare(scope, d.id as acorn.Identifier, s.kind, d.end);
      }
    }
  }

  private readonly pendingFunctions = new Map<acorn.FunctionDeclaration, Binding>();

  private newScope(kind: ScopeKind, parent: Scope | null, fn: FunctionInfo): Scope {
    return { kind, parent, fn, bindings: new Map(), lexicals: [] };
  }

  private declare(scope: Scope, id: acorn.Identifier, kind: BindingKind, declEnd: number): Binding {
    const b: Binding = { name: id.name, kind, fn: scope.fn, scope, declEnd, captured: false, slot: -1 };
    scope.bindings.set(id.name, b);
    scope.fn.bindings.push(b);
    if (kind === 'let' || kind === 'const') scope.lexicals.push(b);
    return b;
  }

  private declareOnce(scope: Scope, id: acorn.Identifier, kind: BindingKind): void {
    if (!scope.bindings.has(id.name)) this.declare(scope, id, kind, 0);
  }

  // ---- statements ----

  private statements(list: readonly acorn.Statement[], scope: Scope): void {
    for (const s of list) this.statement(s, scope);
  }

  private block(node: acorn.Node, kind: ScopeKind, parent: Scope, list: readonly acorn.Statement[]): Scope {
    const scope = this.newScope(kind, parent, this.fn);
    this.declareLexicals(scope, list);
    this.info.scopes.set(node, scope);
    return scope;
  }

  private statement(node: acorn.Statement, scope: Scope): void {
    switch (node.type) {
      case 'ExpressionStatement': return this.expression(node.expression, scope);
      case 'BlockStatement': return this.statements(node.body, this.block(node, 'block', scope, node.body));
      case 'VariableDeclaration': return this.declaration(node, scope);
      case 'FunctionDeclaration': return this.functionDeclaration(node, scope);
      case 'ReturnStatement': return this.optional(node.argument, scope);
      case 'IfStatement':
        this.expression(node.test, scope);
        this.statement(node.consequent, scope);
        if (node.alternate) this.statement(node.alternate, scope);
        return;
      case 'WhileStatement': case 'DoWhileStatement':
        this.expression(node.test, scope);
        return this.statement(node.body, scope);
      case 'ForStatement': return this.forStatement(node, scope);
      case 'SwitchStatement': return this.switchStatement(node, scope);
      case 'LabeledStatement': return this.statement(node.body, scope);
      case 'EmptyStatement': case 'BreakStatement': case 'ContinueStatement': return;
      default: throw new Error(`scope: unexpected statement ${node.type}`);
    }
  }

  private functionDeclaration(node: acorn.FunctionDeclaration, scope: Scope): void {
    const binding = this.pendingFunctions.get(node);
    if (!binding) throw new Error('scope: function declaration was not hoisted');
    const child = this.analyzeFunction(node, this.fn, scope);
    this.fn.functions.push({ info: child, binding });
  }

  private declaration(node: acorn.VariableDeclaration, scope: Scope): void {
    for (const d of node.declarations) {
      this.optional(d.init, scope);
      const id = d.id as acorn.Identifier;
      if (node.kind === 'var') {
        if (d.init) this.reference(id, scope, 'write');
      } else {
        const binding = scope.bindings.get(id.name);
        if (!binding) throw new Error(`scope: ${id.name} was not declared`);
        this.info.resolutions.set(id, { kind: 'binding', binding, holeCheck: false });
      }
    }
  }

  private forStatement(node: acorn.ForStatement, outer: Scope): void {
    let scope = outer;
    if (node.init?.type === 'VariableDeclaration' && node.init.kind !== 'var') {
      scope = this.block(node, 'for', outer, [node.init]);
    }
    if (node.init?.type === 'VariableDeclaration') this.declaration(node.init, scope);
    else this.optional(node.init, scope);
    this.optional(node.test, scope);
    this.optional(node.update, scope);
    this.statement(node.body, scope);
  }

  private switchStatement(node: acorn.SwitchStatement, outer: Scope): void {
    this.expression(node.discriminant, outer);
    const all = node.cases.flatMap((c) => c.consequent);
    const scope = this.block(node, 'switch', outer, all);
    for (const c of node.cases) {
      this.optional(c.test, scope);
      this.statements(c.consequent, scope);
    }
  }

  // ---- expressions ----

  private optional(node: acorn.Expression | null | undefined, scope: Scope): void {
    if (node) this.expression(node, scope);
  }

  private expression(node: acorn.Expression, scope: Scope): void {
    switch (node.type) {
      case 'Identifier': return this.reference(node, scope, 'read');
      case 'Literal': return;
      case 'TemplateLiteral': for (const e of node.expressions) this.expression(e, scope); return;
      case 'UnaryExpression':
        if (node.operator === 'typeof' && node.argument.type === 'Identifier') {
          return this.reference(node.argument, scope, 'typeof');
        }
        return this.expression(node.argument, scope);
      case 'UpdateExpression': return this.reference(node.argument as acorn.Identifier, scope, 'write');
      case 'BinaryExpression': case 'LogicalExpression':
        this.expression(node.left as acorn.Expression, scope);
        return this.expression(node.right, scope);
      case 'AssignmentExpression':
        this.expression(node.right, scope);
        return this.reference(node.left as acorn.Identifier, scope, 'write');
      case 'ConditionalExpression':
        this.expression(node.test, scope);
        this.expression(node.consequent, scope);
        return this.expression(node.alternate, scope);
      case 'SequenceExpression': for (const e of node.expressions) this.expression(e, scope); return;
      case 'CallExpression': return this.call(node, scope);
      case 'MemberExpression': return this.builtinRoot(node, scope);
      case 'ParenthesizedExpression': return this.expression(node.expression, scope);
      default: throw new Error(`scope: unexpected expression ${node.type}`);
    }
  }

  private call(node: acorn.CallExpression, scope: Scope): void {
    if (node.callee.type === 'MemberExpression' && builtinCallPath(node.callee) !== null) {
      this.builtinRoot(node.callee, scope);
    } else {
      this.expression(node.callee as acorn.Expression, scope);
    }
    for (const a of node.arguments) this.expression(a as acorn.Expression, scope);
  }

  /** `Math.PI`, `Math.floor(...)`: builtins only while the root name is not a program binding. */
  private builtinRoot(node: acorn.MemberExpression, scope: Scope): void {
    if (builtinConstantPath(node) === null && builtinCallPath(node) === null) {
      throw unsupported(this.file, node, 'member access');
    }
    if (lookup(scope, memberRoot(node).name)) throw unsupported(this.file, node, 'member access');
  }

  private reference(id: acorn.Identifier, scope: Scope, mode: RefMode): void {
    const binding = lookup(scope, id.name);
    if (binding) {
      if (binding.fn !== this.fn) {
        binding.captured = true;
        this.fn.usesOuterContext = true;
      }
      this.info.resolutions.set(id, { kind: 'binding', binding, holeCheck: this.needsHoleCheck(binding, id) });
      return;
    }
    this.checkGlobal(id, mode);
    this.info.resolutions.set(id, { kind: 'global', name: id.name });
  }

  private needsHoleCheck(b: Binding, ref: acorn.Identifier): boolean {
    if (b.kind !== 'let' && b.kind !== 'const') return false;
    return b.fn !== this.fn || ref.start < b.declEnd || b.scope.kind === 'switch';
  }

  private checkGlobal(id: acorn.Identifier, mode: RefMode): void {
    const name = id.name;
    if (COMMONJS_NAMES.has(name)) {
      throw unsupported(this.file, id, name === 'arguments' ? 'arguments object' : `CommonJS '${name}'`);
    }
    if (NODE_GLOBALS.has(name)) throw unsupported(this.file, id, `global '${name}'`);
    if (mode !== 'write') return;
    if (SUPPORTED_GLOBALS.has(name)) throw unsupported(this.file, id, `assignment to global '${name}'`);
    throw unsupported(this.file, id, 'assignment to undeclared variable');
  }
}

function lookup(scope: Scope | null, name: string): Binding | undefined {
  for (let s = scope; s; s = s.parent) {
    const b = s.bindings.get(name);
    if (b) return b;
  }
  return undefined;
}
