// Scope analysis: resolves every identifier of a subset-checked AST to a binding (parameter,
// var, let, const, function, or the name of a named function expression) or to a global,
// resolves `this` and `arguments` (arrows see their enclosing function's), recognizes the
// builtin calls and constants (`Math.floor(x)`, `parseInt(s)`, `new Array(n)`, `Math.PI`)
// while their root names are not shadowed; then scope-contexts.ts decides where captured
// bindings live. Third stage of the front end (parse → subset → scope); the bytecode
// generator reads the ScopeInfo (scope-model.ts) it fills in.

import type * as acorn from 'acorn';
import { BUILTIN_CALLS, BUILTIN_CONSTANTS, BUILTIN_CONSTRUCTORS, BUILTIN_GLOBAL_CALLS, BUILTIN_VALUES, NODE_BUILTIN_MODULES, type Builtin } from '../bytecode/builtin-ids';
import {
  hasSpread, isAnonymousFunction, memberPath, memberRoot, patternIdentifiers, staticKey, type FunctionLiteral, type FunctionNode,
} from './ast';
import { unsupported } from './diagnostics';
import { COMMONJS_NAMES, NODE_GLOBALS, REALM_GLOBALS, SUPPORTED_GLOBALS } from './globals';
import type { FunctionKind } from '../bytecode/function';
import { analyzeClass, fieldName, privateReference, type ClassHost } from './scope-classes';
import { assignContexts } from './scope-contexts';
import type { EvalOuter } from './eval-scopes';
import { DynamicScopes } from './scope-dynamic';
import {
  lookup, ScopeInfo, SPREAD_BUILTINS, type Binding, type BindingKind, type ClassInfo, type FunctionInfo, type Scope, type ScopeKind, hasUseStrict,
} from './scope-model';

/** How a script's top level binds: a CommonJS module (node's wrapper function, the default)
 *  or a global script (code made at run time: indirect eval, new Function), whose sloppy
 *  top-level `var` and function declarations are global object properties and which has no
 *  wrapper parameters. */
export type ScriptGoal = 'module' | 'global' | 'eval';

/** `outer`: for direct eval code (goal 'eval'), the caller's scopes as the call site saw them. */
export function analyzeScopes(program: acorn.Program, file: string, firstId = 0, goal: ScriptGoal = 'module', outer: EvalOuter | null = null): ScopeInfo {
  const info = new ScopeInfo(firstId);
  const analyzer = new Analyzer(file, info, goal, outer, program);
  analyzer.analyzeFunction(program, outer?.fn ?? null, outer?.scope ?? null, '');
  analyzer.checkArguments();
  assignContexts(info);
  return info;
}

/** 'length' and 'through': `arguments` as the object of `arguments.length` / of a property write. */
type RefMode = 'read' | 'write' | 'typeof' | 'length' | 'through';

interface ArgumentsUse {
  fn: FunctionInfo;
  node: acorn.Node;
}

class Analyzer implements ClassHost {
  fn!: FunctionInfo;
  private loopDepth = 0;
  /** While analyzing a parameter list: the function whose parameters are being initialized. */
  private paramsOf: FunctionInfo | null = null;
  private readonly paramWrites = new Set<FunctionInfo>();
  private readonly argumentsIndexed: ArgumentsUse[] = [];
  private readonly argumentsWritten: ArgumentsUse[] = [];
  private readonly argumentsDeleted: ArgumentsUse[] = [];
  /** Functions whose `arguments` is a variable the program declared (`var arguments`). */
  private readonly declaredArguments = new Set<FunctionInfo>();

  /** Names found at run time: `with` objects, eval variables, direct eval's caller. */
  private readonly dynamic: DynamicScopes;

  constructor(readonly file: string, readonly info: ScopeInfo, private readonly goal: ScriptGoal, evalOuter: EvalOuter | null, program: acorn.Program) {
    this.dynamic = new DynamicScopes(this, evalOuter, program);
  }

  /** The scope whose `var`s are global properties (a sloppy global script's top level). */
  private globalVarScope: Scope | null = null;
  /** Sloppy direct eval code's top level, whose `var`s and functions are the caller's. */
  private evalVarScope: Scope | null = null;

  /** Inside a class body (all of whose code is strict). */
  private classDepth = 0;

  private classBody(analyze: () => void): void {
    this.classDepth++;
    try {
      analyze();
    } finally {
      this.classDepth--;
    }
  }

  // ---- functions and hoisting ----

  analyzeFunction(
    node: FunctionNode, parent: FunctionInfo | null, outer: Scope | null, name: string,
    kind: FunctionKind = node.type === 'ArrowFunctionExpression' ? 'arrow' : 'normal', home: Binding | null = null,
    classInfo: ClassInfo | null = null,
  ): FunctionInfo {
    const body = node.type === 'Program' ? node.body as acorn.Statement[]
      : node.body.type === 'BlockStatement' ? node.body.body : [];
    const fn: FunctionInfo = {
      strict: (parent?.strict ?? false) || this.classDepth > 0 || hasUseStrict(body),
      id: this.info.firstId + this.info.functions.length,
      name,
      node, parent, params: [], bindings: [], functions: [],
      isArrow: node.type === 'ArrowFunctionExpression',
      kind, home, classInfo,
      scope: null as unknown as Scope,
      thisBinding: null, argumentsBinding: null, createsClosures: false,
      contextSlots: 0, usesOuterContext: false, contextMode: 'none', creationContext: null,
    };
    this.info.functions.push(fn);
    if (node.type !== 'Program') this.info.functionOf.set(node, fn);
    const saved = { fn: this.fn, paramsOf: this.paramsOf };
    this.fn = fn;
    this.paramsOf = null;
    fn.scope = this.newScope('function', outer, true);
    if (kind === 'class' || kind === 'derived-class') {
      // `this` of a class constructor is a binding (the hole until super() returns in a
      // derived class), and new.target another.
      fn.thisBinding = this.declare(fn.scope, '%this', 'let', kind === 'derived-class' ? Infinity : 0);
      this.declare(fn.scope, '%newTarget', 'const', 0);
    }
    if (node.type !== 'Program') this.declareParams(fn, node);
    else if (this.goal === 'module') for (const p of MODULE_WRAPPER_PARAMS) fn.params.push(this.declare(fn.scope, p, 'param', 0));
    else if (fn.strict) { /* strict eval or global code: its vars are its own */ }
    else if (this.goal === 'eval') this.evalVarScope = fn.scope;
    else this.globalVarScope = fn.scope;
    const topLexicals = new Set(body.flatMap(lexicalNames));
    for (const s of body) this.hoistVars(s, fn.scope, null, topLexicals);
    this.declareLexicals(fn.scope, body);
    const evalVariables = this.dynamic.enterFunction(fn, node);
    if (node.type !== 'Program') this.analyzeParams(fn, node);
    if (node.type !== 'Program' && node.body.type !== 'BlockStatement') this.expression(node.body, fn.scope);
    else this.statements(body, fn.scope);
    if (evalVariables) this.dynamic.leaveFunction();
    this.fn = saved.fn;
    this.paramsOf = saved.paramsOf;
    return fn;
  }

  private declareParams(fn: FunctionInfo, node: FunctionLiteral): void {
    const scope = fn.scope;
    node.params.forEach((p, i) => {
      if (p.type === 'RestElement') {
        for (const id of patternIdentifiers(p.argument)) this.declare(scope, id.name, 'param', p.end);
        return;
      }
      const target = p.type === 'AssignmentPattern' ? p.left : p;
      if (target.type === 'Identifier') {
        fn.params.push(this.declare(scope, target.name, 'param', p.end));
        return;
      }
      // A destructured parameter: the argument arrives in a hidden register parameter.
      fn.params.push(this.declare(scope, `%arg${i}`, 'param', p.end, false));
      for (const id of patternIdentifiers(target)) this.declare(scope, id.name, 'param', elementEnd(target, id));
    });
  }

  /** Default values and patterns of the parameters, in order. */
  private analyzeParams(fn: FunctionInfo, node: FunctionLiteral): void {
    this.paramsOf = fn;
    for (const p of node.params) {
      if (p.type === 'Identifier') {
        this.info.resolutions.set(p, { kind: 'binding', binding: fn.scope.bindings.get(p.name)!, holeCheck: false });
      } else {
        this.patternDeclaration(p, fn.scope);
      }
    }
    this.paramsOf = null;
  }

  /** var declarations anywhere in the body (not inside nested functions) go to the function
   *  scope, and so (sloppy code, Annex B.3.3) do the names of function declarations in blocks
   *  when a var of that name would not clash with a parameter or with a let, const or class
   *  of the blocks around it or of the top level (`blockLexicals`: null at the top level). */
  private hoistVars(node: acorn.Statement, scope: Scope, blockLexicals: ReadonlySet<string> | null, topLexicals: ReadonlySet<string>): void {
    const inner = (s: acorn.Statement): void => this.hoistVars(s, scope, blockLexicals ?? new Set(), topLexicals);
    const inBlock = (list: readonly acorn.Statement[]): void => {
      const names = new Set([...(blockLexicals ?? []), ...list.flatMap(lexicalNames)]);
      for (const s of list) this.hoistVars(s, scope, names, topLexicals);
    };
    switch (node.type) {
      case 'FunctionDeclaration': {
        const name = node.id.name;
        if (blockLexicals === null || this.fn.strict || blockLexicals.has(name) || topLexicals.has(name)) return;
        if (this.fn.params.some((p) => p.name === name) || this.fn.scope.bindings.get(name)?.kind === 'param') return;
        this.declareOnce(scope, name, 'var', node.id);
        this.annexBCandidates.add(node);
        return;
      }
      case 'VariableDeclaration':
        if (node.kind === 'var') {
          for (const d of node.declarations) {
            for (const id of patternIdentifiers(d.id)) this.declareOnce(scope, id.name, 'var', id);
          }
        }
        return;
      case 'BlockStatement': return inBlock(node.body);
      case 'IfStatement':
        inner(node.consequent);
        if (node.alternate) inner(node.alternate);
        return;
      case 'WhileStatement': case 'DoWhileStatement': case 'LabeledStatement': case 'WithStatement':
        return inner(node.body);
      case 'ForStatement':
        if (node.init?.type === 'VariableDeclaration') inner(node.init);
        return inner(node.body);
      case 'ForInStatement': case 'ForOfStatement':
        if (node.left.type === 'VariableDeclaration') inner(node.left);
        return inner(node.body);
      case 'SwitchStatement':
        return inBlock(node.cases.flatMap((c) => c.consequent));
      case 'TryStatement':
        inner(node.block);
        if (node.handler) inner(node.handler.body);
        if (node.finalizer) inner(node.finalizer);
        return;
      default: return;
    }
  }

  /** let/const (and, at a function's top level, function declarations) of one statement list. */
  private declareLexicals(scope: Scope, list: readonly acorn.Statement[]): void {
    for (const s of list) {
      if (s.type === 'FunctionDeclaration') {
        const existing = scope.bindings.get(s.id.name);
        if (this.isWrapperRequire(existing)) throw unsupported(this.file, s.id, "a function declaration replacing the module's 'require'");
        let binding: Binding;
        if (scope === this.globalVarScope) {
          binding = this.declare(scope, s.id.name, 'function', 0, false);
          this.info.globalFunctions.add(binding);
        } else if (scope === this.evalVarScope) {
          const existing = this.dynamic.callerVar(s.id.name, s.id);
          if (existing !== null) binding = existing;
          else {
            // The eval code's own binding, also stored in the caller's variables object.
            this.info.evalAddedVars.delete(s.id.name);
            binding = this.declare(scope, s.id.name, 'function', 0);
            this.info.evalAddedFunctions.push(binding);
          }
        } else {
          binding = existing ?? this.declare(scope, s.id.name, 'function', 0);
        }
        // The nested FunctionInfo is created when the walk reaches the declaration.
        this.pendingFunctions.set(s, binding);
      } else if (s.type === 'ClassDeclaration' && s.id) {
        this.declare(scope, s.id.name, 'let', s.end);
      } else if (s.type === 'VariableDeclaration' && (s.kind === 'let' || s.kind === 'const')) {
        for (const d of s.declarations) {
          for (const id of patternIdentifiers(d.id)) this.declare(scope, id.name, s.kind, d.end);
        }
      }
    }
  }

  private readonly pendingFunctions = new Map<acorn.FunctionDeclaration, Binding>();
  /** Block-level function declarations that got a var binding (hoistVars). */
  private readonly annexBCandidates = new Set<acorn.FunctionDeclaration>();

  newScope(kind: ScopeKind, parent: Scope | null, owner?: boolean): Scope {
    const sameFunction = parent !== null && parent.fn === this.fn;
    const scope: Scope = {
      kind, parent, fn: this.fn, bindings: new Map(), lexicals: [],
      owner: owner ?? (!sameFunction || this.loopDepth > parent.loopDepth),
      loopDepth: this.loopDepth,
      captured: [], hasContext: false, hasLink: false, contextSlots: 0,
    };
    this.info.allScopes.push(scope);
    return scope;
  }

  declare(scope: Scope, name: string, kind: BindingKind, declEnd: number, named = true): Binding {
    const b: Binding = {
      name, kind, fn: scope.fn, scope, declEnd, captured: false, slot: -1, contextScope: null,
    };
    scope.fn.bindings.push(b);
    if (!named) return b;
    scope.bindings.set(name, b);
    if (kind === 'let' || kind === 'const') scope.lexicals.push(b);
    return b;
  }

  private declareOnce(scope: Scope, name: string, kind: BindingKind, at: acorn.Node): void {
    if (scope === this.globalVarScope) this.info.globalVars.add(name);
    else if (scope === this.evalVarScope) this.dynamic.callerVar(name, at);
    else if (!scope.bindings.has(name)) this.declare(scope, name, kind, 0);
  }

  // ---- statements ----

  private statements(list: readonly acorn.Statement[], scope: Scope): void {
    for (const s of list) this.statement(s, scope);
  }

  private block(node: acorn.Node, kind: ScopeKind, parent: Scope, list: readonly acorn.Statement[]): Scope {
    const scope = this.newScope(kind, parent);
    this.declareLexicals(scope, list);
    this.info.scopes.set(node, scope);
    return scope;
  }

  statement(node: acorn.Statement, scope: Scope): void {
    switch (node.type) {
      case 'ExpressionStatement': return this.expression(node.expression, scope);
      case 'BlockStatement': return this.statements(node.body, this.block(node, 'block', scope, node.body));
      case 'VariableDeclaration': return this.declaration(node, scope);
      case 'FunctionDeclaration': return this.functionDeclaration(node, scope);
      case 'ClassDeclaration':
        this.fn.createsClosures = true;
        this.classBody(() => analyzeClass(this, node, scope, node.id!.name));
        this.info.resolutions.set(node.id!, { kind: 'binding', binding: lookup(scope, node.id!.name)!, holeCheck: false });
        return;
      case 'ReturnStatement': return this.optional(node.argument, scope);
      case 'IfStatement':
        this.expression(node.test, scope);
        this.statement(node.consequent, scope);
        if (node.alternate) this.statement(node.alternate, scope);
        return;
      case 'WhileStatement': case 'DoWhileStatement':
        this.expression(node.test, scope);
        return this.loopBody(node.body, scope);
      case 'ForStatement': return this.forStatement(node, scope);
      case 'ForInStatement': case 'ForOfStatement': return this.forInOf(node, scope);
      case 'SwitchStatement': return this.switchStatement(node, scope);
      case 'LabeledStatement': return this.statement(node.body, scope);
      case 'WithStatement': return this.dynamic.withStatement(node, scope);
      case 'EmptyStatement': case 'BreakStatement': case 'ContinueStatement': case 'DebuggerStatement': return;
      case 'ThrowStatement': return this.expression(node.argument, scope);
      case 'TryStatement': return this.tryStatement(node, scope);
      default: throw new Error(`scope: unexpected statement ${(node as acorn.Node).type}`);
    }
  }

  private loopBody(body: acorn.Statement, scope: Scope): void {
    this.loopDepth++;
    this.statement(body, scope);
    this.loopDepth--;
  }

  private functionDeclaration(node: acorn.FunctionDeclaration, scope: Scope): void {
    const binding = this.pendingFunctions.get(node);
    if (!binding) throw new Error('scope: function declaration was not hoisted');
    this.fn.createsClosures = true;
    const child = this.analyzeFunction(node, this.fn, scope, node.id.name);
    this.fn.functions.push({ info: child, binding, scope });
    if (this.annexBCandidates.has(node)) {
      const target = lookup(this.fn.scope, node.id.name);
      this.info.annexBFunctions.set(node, { block: binding, target: target?.fn === this.fn ? target : null });
    }
  }

  private declaration(node: acorn.VariableDeclaration, scope: Scope): void {
    for (const d of node.declarations) {
      if (d.init) this.expression(d.init, scope, d.id.type === 'Identifier' ? d.id.name : undefined);
      if (node.kind === 'var') {
        // Only an initialized var writes its binding; `var x;` does nothing at run time.
        if (d.init) this.assignmentTarget(d.id, scope);
      } else {
        this.patternDeclaration(d.id, scope);
      }
    }
  }

  /** A let/const/param pattern: its names resolve to the bindings of `scope`; defaults and computed keys are expressions. */
  private patternDeclaration(node: acorn.Pattern, scope: Scope): void {
    switch (node.type) {
      case 'Identifier': {
        const binding = scope.bindings.get(node.name);
        if (!binding) throw new Error(`scope: ${node.name} was not declared`);
        this.info.resolutions.set(node, { kind: 'binding', binding, holeCheck: false });
        return;
      }
      case 'ObjectPattern':
        for (const p of node.properties) {
          if (p.type === 'RestElement') {
            this.patternDeclaration(p.argument, scope);
            continue;
          }
          if (p.computed) this.expression(p.key, scope);
          this.patternDeclaration(p.value, scope);
        }
        return;
      case 'ArrayPattern':
        for (const e of node.elements) if (e) this.patternDeclaration(e, scope);
        return;
      case 'RestElement': return this.patternDeclaration(node.argument, scope);
      case 'AssignmentPattern':
        this.expression(node.right, scope, node.left.type === 'Identifier' ? node.left.name : undefined);
        return this.patternDeclaration(node.left, scope);
      default: throw new Error(`scope: unexpected pattern ${node.type}`);
    }
  }

  /** An assignment target (or a var pattern): names are writes, properties are expressions. */
  private assignmentTarget(node: acorn.Pattern, scope: Scope): void {
    switch (node.type) {
      case 'Identifier': return this.reference(node, scope, 'write');
      case 'MemberExpression': return this.member(node, scope, 'write');
      case 'ObjectPattern':
        for (const p of node.properties) {
          if (p.type === 'RestElement') {
            this.assignmentTarget(p.argument, scope);
            continue;
          }
          if (p.computed) this.expression(p.key, scope);
          this.assignmentTarget(p.value, scope);
        }
        return;
      case 'ArrayPattern':
        for (const e of node.elements) if (e) this.assignmentTarget(e, scope);
        return;
      case 'RestElement': return this.assignmentTarget(node.argument, scope);
      case 'AssignmentPattern':
        this.expression(node.right, scope, node.left.type === 'Identifier' ? node.left.name : undefined);
        return this.assignmentTarget(node.left, scope);
      default: throw new Error(`scope: unexpected pattern ${(node as acorn.Node).type}`);
    }
  }

  private forStatement(node: acorn.ForStatement, outer: Scope): void {
    let scope = outer;
    const lexical = node.init?.type === 'VariableDeclaration' && node.init.kind !== 'var';
    // The head scope of `for (let ...)` is copied per iteration: it owns the body's captures.
    if (lexical) this.loopDepth++;
    if (lexical) scope = this.block(node, 'for', outer, [node.init as acorn.VariableDeclaration]);
    if (node.init?.type === 'VariableDeclaration') this.declaration(node.init, scope);
    else this.optional(node.init, scope);
    this.optional(node.test, scope);
    this.optional(node.update, scope);
    if (lexical) {
      this.statement(node.body, scope);
      this.loopDepth--;
    } else {
      this.loopBody(node.body, scope);
    }
  }

  /**
   * for-in/of: the right side is evaluated with the head's let/const names in their TDZ (a
   * scope of uninitialized bindings, made only when the right side mentions one of them);
   * each iteration gets a fresh scope for the head's names.
   */
  private forInOf(node: acorn.ForInStatement | acorn.ForOfStatement, outer: Scope): void {
    const left = node.left;
    const lexical = left.type === 'VariableDeclaration' && left.kind !== 'var' ? left : null;
    let rightScope = outer;
    if (lexical) {
      const names = patternIdentifiers(lexical.declarations[0].id).map((id) => id.name);
      if (mentions(node.right, names)) {
        rightScope = this.newScope('block', outer);
        for (const name of names) this.declare(rightScope, name, 'let', Infinity);
        this.info.scopes.set(node.right, rightScope);
      }
    }
    this.expression(node.right, rightScope);
    this.loopDepth++;
    let scope = outer;
    if (lexical) {
      scope = this.block(node, 'for', outer, [lexical]);
      this.patternDeclaration(lexical.declarations[0].id, scope);
    } else if (left.type === 'VariableDeclaration') {
      this.assignmentTarget(left.declarations[0].id, scope);
    } else {
      this.assignmentTarget(left, scope);
    }
    this.statement(node.body, scope);
    this.loopDepth--;
  }

  /** try/catch/finally: the catch parameter is a `let` of a scope around the catch body
   *  (initialized by the handler, so never in its TDZ). */
  private tryStatement(node: acorn.TryStatement, outer: Scope): void {
    this.statement(node.block, outer);
    const handler = node.handler;
    if (handler) {
      const scope = this.newScope('block', outer);
      this.info.scopes.set(handler, scope);
      if (handler.param) {
        for (const id of patternIdentifiers(handler.param)) this.declare(scope, id.name, 'let', handler.param.start);
        this.patternDeclaration(handler.param, scope);
      }
      this.statement(handler.body, scope);
    }
    if (node.finalizer) this.statement(node.finalizer, outer);
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

  /** `name`: the name an anonymous function literal here gets (node's name inference). */
  expression(node: acorn.Expression | acorn.SpreadElement, scope: Scope, name?: string): void {
    switch (node.type) {
      case 'Identifier': return this.reference(node, scope, 'read');
      case 'Literal': return;
      case 'ThisExpression': return this.thisExpression(node);
      case 'TemplateLiteral': for (const e of node.expressions) this.expression(e, scope); return;
      case 'TaggedTemplateExpression':
        this.expression(node.tag, scope);
        return this.expression(node.quasi, scope);
      case 'UnaryExpression':
        if (node.operator === 'typeof' && node.argument.type === 'Identifier') {
          return this.reference(node.argument, scope, 'typeof');
        }
        if (node.operator === 'delete') {
          const target = node.argument.type === 'ChainExpression' ? node.argument.expression : node.argument;
          if (target.type === 'Identifier') return this.reference(target, scope, 'typeof');
          if (target.type !== 'MemberExpression') return this.expression(target, scope);
          this.member(target, scope, 'write');
          const r = target.object.type === 'Identifier' ? this.info.resolutions.get(target.object) : undefined;
          if (r?.kind === 'binding' && r.binding === r.binding.fn.argumentsBinding) this.argumentsDeleted.push({ fn: r.binding.fn, node: target });
          return;
        }
        return this.expression(node.argument, scope);
      case 'UpdateExpression': return this.assignmentTarget(node.argument as acorn.Pattern, scope);
      case 'BinaryExpression': case 'LogicalExpression':
        if (node.left.type === 'PrivateIdentifier') privateReference(this, node.left, scope);
        else this.expression(node.left, scope);
        return this.expression(node.right, scope);
      case 'AssignmentExpression': {
        const named = node.left.type === 'Identifier' && ['=', '||=', '&&=', '??='].includes(node.operator);
        const field = this.info.fieldDefinitions.has(node) ? fieldName(node.left as acorn.MemberExpression) : undefined;
        this.expression(node.right, scope, named ? (node.left as acorn.Identifier).name : field);
        return this.assignmentTarget(node.left, scope);
      }
      case 'ConditionalExpression':
        this.expression(node.test, scope);
        this.expression(node.consequent, scope);
        return this.expression(node.alternate, scope);
      case 'SequenceExpression': for (const e of node.expressions) this.expression(e, scope); return;
      case 'CallExpression': return this.call(node, scope);
      case 'NewExpression': return this.newExpression(node, scope);
      case 'MemberExpression': return this.member(node, scope, 'read');
      case 'ParenthesizedExpression': return this.expression(node.expression, scope, name);
      case 'ChainExpression': return this.expression(node.expression, scope);
      case 'SpreadElement': return this.expression(node.argument, scope);
      case 'ArrayExpression':
        for (const e of node.elements) if (e) this.expression(e, scope);
        return;
      case 'ObjectExpression': return this.objectLiteral(node, scope);
      case 'FunctionExpression': case 'ArrowFunctionExpression': return this.functionExpression(node, scope, name);
      case 'ClassExpression':
        this.fn.createsClosures = true;
        this.classBody(() => analyzeClass(this, node, scope, node.id?.name ?? name ?? ''));
        return;
      case 'MetaProperty': return this.newTarget(node);
      case 'YieldExpression': case 'AwaitExpression': return this.optional(node.argument, scope);
      default: throw new Error(`scope: unexpected expression ${node.type}`);
    }
  }

  /** An object literal: its methods and accessors are methods (not constructors); when one
   *  uses `super`, the literal gets a scope with a hidden `%home` binding (the object) that
   *  their `super.x` starts from. */
  private objectLiteral(node: acorn.ObjectExpression, outer: Scope): void {
    const isMethod = (p: acorn.Property): boolean => p.method || p.kind !== 'init';
    const needsHome = node.properties.some((p) => p.type === 'Property' && isMethod(p) && usesSuper(p.value));
    let scope = outer;
    let home: Binding | null = null;
    if (needsHome) {
      scope = this.newScope('block', outer);
      home = this.declare(scope, '%home', 'const', 0);
      this.info.homeObjects.set(node, { scope, home });
    }
    for (const p of node.properties) {
      if (p.type === 'SpreadElement') {
        this.expression(p.argument, scope);
        continue;
      }
      if (p.computed) this.expression(p.key, scope);
      const key = staticKey(p.key, p.computed);
      if (isMethod(p)) {
        this.fn.createsClosures = true;
        // An accessor is named `get k` / `set k` (a computed key's name is set when it is defined).
        const name = key === null ? '' : p.kind === 'get' || p.kind === 'set' ? `${p.kind} ${key}` : key;
        this.analyzeFunction(p.value as acorn.FunctionExpression, this.fn, scope, name, 'method', home);
      } else {
        this.expression(p.value, scope, key ?? undefined);
      }
    }
  }

  private functionExpression(node: acorn.FunctionExpression | acorn.ArrowFunctionExpression, scope: Scope, name?: string): void {
    this.fn.createsClosures = true;
    if (node.type === 'FunctionExpression' && node.id) {
      // The function's own name is bound in a scope between the creation point and the function.
      const nameScope = this.newScope('fname', scope, true);
      this.declare(nameScope, node.id.name, 'fname', 0);
      this.info.scopes.set(node, nameScope);
      this.analyzeFunction(node, this.fn, nameScope, node.id.name);
      return;
    }
    this.analyzeFunction(node, this.fn, scope, isAnonymousFunction(node) ? name ?? '' : '');
  }

  /** The nearest enclosing function that is not an arrow (it provides `this` and `arguments`). */
  nonArrow(): FunctionInfo {
    let f = this.fn;
    while (f.isArrow) f = f.parent!;
    return f;
  }

  /** `new.target`: the `%newTarget` binding of the nearest non-arrow function (a class
   *  constructor has one; an ordinary function gets one, filled by its first instruction);
   *  null in methods, field initializers, static blocks and the top level (undefined). */
  private newTarget(node: acorn.MetaProperty): void {
    const f = this.nonArrow();
    let binding: Binding | null = null;
    if (f.kind === 'class' || f.kind === 'derived-class') binding = f.scope.bindings.get('%newTarget')!;
    else if (f.kind === 'normal' && f.node.type !== 'Program') {
      binding = f.scope.bindings.get('%newTarget') ?? this.declare(f.scope, '%newTarget', 'const', 0);
    }
    if (binding) this.capture(binding);
    this.info.newTargets.set(node, binding);
  }

  thisExpression(node: acorn.ThisExpression): void {
    this.info.thisOf.set(node, this.thisReference(node));
  }

  /** Where `this` comes from here: null = the frame's receiver, else a binding. */
  thisReference(node: acorn.Node): Binding | null {
    const f = this.nonArrow();
    if (f.kind === 'class' || f.kind === 'derived-class') {
      this.capture(f.thisBinding!);
      return f.thisBinding;
    }
    if (f === this.fn) return null;
    f.thisBinding ??= this.declare(f.scope, '%this', 'const', 0, false);
    this.capture(f.thisBinding);
    return f.thisBinding;
  }

  private call(node: acorn.CallExpression, scope: Scope): void {
    const callee = node.callee;
    if (callee.type === 'Super') return this.superCall(node, scope);
    if (callee.type === 'MemberExpression' && callee.object.type === 'Super') {
      this.member(callee, scope, 'read');
      for (const a of node.arguments) this.expression(a, scope);
      return;
    }
    if (callee.type === 'Identifier' && this.isWrapperRequire(lookup(scope, callee.name))) return this.requireCall(node, callee, scope);
    const resolveOf = requireResolveSpecifier(node);
    if (resolveOf !== null && this.isWrapperRequire(lookup(scope, (callee as acorn.MemberExpression & { object: acorn.Identifier }).object.name))) {
      // `require.resolve('./x')`: resolved by the module loader as require's are.
      this.info.requireResolves.set(node, resolveOf);
    }
    if (callee.type === 'Identifier' && callee.name === 'eval' && !lookup(scope, 'eval')) return this.dynamic.directEval(node, callee, scope, this.paramsOf !== null);
    let builtin: Builtin | undefined;
    if (callee.type === 'Identifier' && this.dynamic.unshadowedGlobal(scope, callee.name)) builtin = BUILTIN_GLOBAL_CALLS.get(callee.name);
    const root = callee.type === 'MemberExpression' ? memberRoot(callee) : null;
    if (callee.type === 'MemberExpression' && root !== null && this.dynamic.unshadowedGlobal(scope, root.name)) {
      const path = memberPath(callee);
      if (path !== null) builtin = BUILTIN_CALLS.get(path);
    }
    // With a spread the builtin's function value is called instead (only some builtins take one).
    if (builtin !== undefined && hasSpread(node) && !SPREAD_BUILTINS.has(builtin)) builtin = undefined;
    if (builtin !== undefined) {
      this.info.builtinCalls.set(node, builtin);
      return this.builtinArguments(node, scope);
    }
    this.expression(callee as acorn.Expression, scope);
    for (const a of node.arguments) this.expression(a, scope);
  }

  /** The module wrapper's own `require` parameter (not a shadowing declaration)? */
  private isWrapperRequire(b: Binding | undefined): boolean {
    return b !== undefined && b.kind === 'param' && b.name === 'require' && b.fn.node.type === 'Program';
  }

  /** `require('./x')`: a relative string literal, resolved by the module loader. */
  private requireCall(node: acorn.CallExpression, callee: acorn.Identifier, scope: Scope): void {
    const a = node.arguments[0];
    if (node.arguments.length !== 1 || a.type !== 'Literal' || typeof a.value !== 'string') {
      throw unsupported(this.file, node, 'require of anything but one string literal');
    }
    const bare = a.value.startsWith('node:') ? a.value.slice(5) : a.value;
    if (!a.value.startsWith('./') && !a.value.startsWith('../') && !NODE_BUILTIN_MODULES.has(bare)) {
      throw unsupported(this.file, a, `require('${a.value}'): kiln loads relative paths ('./', '../') and node's ${[...NODE_BUILTIN_MODULES].join(', ')} modules`);
    }
    this.info.requires.set(node, a.value);
    this.requireCallee = callee;
    this.reference(callee, scope, 'read');
  }

  private requireCallee: acorn.Identifier | null = null;
  /** The `require` of a `require.x` read being analyzed. */
  private requireMember: acorn.Identifier | null = null;

  private newExpression(node: acorn.NewExpression, scope: Scope): void {
    const callee = node.callee;
    const builtin = callee.type === 'Identifier' && this.dynamic.unshadowedGlobal(scope, callee.name) ? BUILTIN_CONSTRUCTORS.get(callee.name) : undefined;
    if (builtin !== undefined && (!hasSpread(node) || SPREAD_BUILTINS.has(builtin))) {
      // `new Array(n)`, `new Map(...)`, `new Set(...)`: builtin calls.
      this.info.builtinCalls.set(node, builtin);
      return this.builtinArguments(node, scope);
    }
    this.expression(callee as acorn.Expression, scope);
    for (const a of node.arguments) this.expression(a, scope);
  }

  /** A hidden binding (`%class`, `%proto`, `%fields`, `%newTarget`, `%this`) seen from here. */
  hidden(scope: Scope, name: string, node: acorn.Node): Binding {
    const b = lookup(scope, name);
    if (!b) throw unsupported(this.file, node, 'super outside a class');
    this.capture(b);
    return b;
  }

  private superCall(node: acorn.CallExpression, scope: Scope): void {
    const ctor = this.nonArrow();
    if (ctor.kind !== 'derived-class') throw unsupported(this.file, node, 'super call outside a derived constructor');
    for (const a of node.arguments) this.expression(a, scope);
    const cls = ctor.classInfo!;
    this.info.superCalls.set(node, {
      cls: this.hidden(scope, '%class', node),
      newTarget: this.hidden(ctor.scope, '%newTarget', node),
      self: this.thisReference(node)!,
      fields: cls.fieldsBinding ? this.hidden(scope, '%fields', node) : null,
      brand: cls.brandBinding ? this.hidden(scope, '%brand', node) : null,
    });
  }

  private builtinArguments(node: acorn.CallExpression | acorn.NewExpression, scope: Scope): void {
    const builtin = this.info.builtinCalls.get(node)!;
    for (const a of node.arguments) {
      if (a.type === 'SpreadElement' && !SPREAD_BUILTINS.has(builtin)) {
        throw unsupported(this.file, a, 'spread in a builtin call');
      }
      this.expression(a, scope);
    }
  }

  /**
   * `o.x`, `o[k]` (read, or the target of a write/delete). A member of an unshadowed global
   * such as `Math` is a builtin constant or unsupported.
   */
  private member(node: acorn.MemberExpression, scope: Scope, mode: 'read' | 'write'): void {
    const object = node.object;
    if (object.type === 'Super') {
      const method = this.nonArrow();
      if (!method.home) throw unsupported(this.file, node, 'super outside a class method');
      this.capture(method.home);
      this.info.superMembers.set(node, { home: method.home, self: this.thisReference(node) });
      if (node.computed) this.expression(node.property as acorn.Expression, scope);
      return;
    }
    if (object.type === 'Identifier' && mode === 'read' && this.dynamic.unshadowedGlobal(scope, object.name) && REALM_GLOBALS.has(object.name)) {
      // Read-only members of the global namespaces (`Math.PI`, `process.argv`) are constants
      // or builtin values; every other member is an ordinary property of the global's value.
      const path = memberPath(node);
      const builtinValue = path === null ? undefined : BUILTIN_VALUES.get(path);
      if (builtinValue !== undefined) {
        this.info.builtinValues.set(node, builtinValue);
        return;
      }
      const value = path === null ? undefined : BUILTIN_CONSTANTS.get(path);
      if (value !== undefined) {
        this.info.builtinConstants.set(node, value);
        return;
      }
    }
    if (object.type === 'Identifier' && object.name === 'arguments') {
      const lengthOnly = mode === 'read' && !node.computed && (node.property as acorn.Identifier).name === 'length';
      this.reference(object, scope, lengthOnly ? 'length' : mode === 'write' ? 'through' : 'read');
      // kiln's arguments object has no callee property: `arguments.callee` is compiled as the
      // running function (a sloppy function with simple parameters, whose arguments object
      // has it) or the TypeError the others' accessor throws; anything else is refused
      // rather than read undefined.
      const r = this.info.resolutions.get(object);
      if (!node.computed && (node.property as acorn.Identifier).name === 'callee' && r?.kind === 'binding' && r.binding === r.binding.fn.argumentsBinding) {
        const fn = r.binding.fn;
        if (mode === 'read' && fn === this.fn && r.withs === undefined) {
          const mapped = !fn.strict && fn.node.type !== 'Program' && fn.node.params.every((p) => p.type === 'Identifier');
          this.info.argumentsCallee.set(node, mapped ? 'callee' : 'throws');
          return;
        }
        throw unsupported(this.file, node, 'arguments.callee');
      }
    } else if (object.type === 'Identifier' && object.name === 'require' && mode === 'read') {
      // `require.main === module`: a property of the require function may be read.
      this.requireMember = object;
      this.reference(object, scope, 'read');
      this.requireMember = null;
    } else {
      this.expression(object as acorn.Expression, scope);
    }
    if (node.computed) this.expression(node.property as acorn.Expression, scope);
    else if (node.property.type === 'PrivateIdentifier') privateReference(this, node.property, scope);
  }

  reference(id: acorn.Identifier, scope: Scope, mode: RefMode): void {
    const binding = id.name === 'arguments' ? this.argumentsReference(id, scope) : lookup(scope, id.name);
    if (binding) {
      // require as a value (`typeof require`, `const load = require`) is the native require,
      // which finds node's modules by name; assigning to it is not supported.
      if (this.isWrapperRequire(binding) && mode === 'write' && id !== this.requireCallee && id !== this.requireMember) throw unsupported(this.file, id, "assignment to the module's 'require'");
      this.checkParameterOrder(binding, id);
      if (binding.fn !== this.fn) this.capture(binding);
      if (mode === 'write' && binding.kind === 'param') this.paramWrites.add(binding.fn);
      if (binding === binding.fn.argumentsBinding) {
        if (mode === 'through') this.argumentsWritten.push({ fn: binding.fn, node: id });
        else if (mode !== 'length' && mode !== 'write') this.argumentsIndexed.push({ fn: binding.fn, node: id });
      }
      this.info.resolutions.set(id, { kind: 'binding', binding, holeCheck: this.needsHoleCheck(binding, id), withs: this.dynamic.withsPassed(scope, binding) });
      return;
    }
    const withs = this.dynamic.withsPassed(scope, undefined);
    // A name a with object may bind is not known to be one of node's globals kiln lacks.
    if (withs === undefined) this.checkGlobal(id, mode === 'write' ? 'write' : 'read');
    this.info.resolutions.set(id, { kind: 'global', name: id.name, withs });
  }

  capture(binding: Binding): void {
    if (binding.fn === this.fn) return;
    binding.captured = true;
    this.fn.usesOuterContext = true;
  }

  /** `arguments`: a binding of the nearest non-arrow function unless declared closer. */
  private argumentsReference(id: acorn.Identifier, scope: Scope): Binding | undefined {
    const f = this.nonArrow();
    const found = lookup(scope, 'arguments');
    if (found && within(found.scope, f.scope)) {
      // `var arguments` is initialized with the arguments object; params, let, const and
      // function declarations named `arguments` replace it.
      if (found.scope === f.scope && found.kind === 'var' && f.node.type !== 'Program') {
        if (found !== f.argumentsBinding) this.declaredArguments.add(f); // not the one made below
        f.argumentsBinding = found;
      }
      return found;
    }
    if (f.node.type === 'Program') return found;
    f.argumentsBinding ??= this.declare(f.scope, 'arguments', 'var', 0);
    return f.argumentsBinding;
  }

  /** A parameter default or pattern may use only parameters initialized before it. */
  private checkParameterOrder(binding: Binding, id: acorn.Identifier): void {
    if (this.paramsOf === null || binding.fn !== this.paramsOf || binding.kind !== 'param') return;
    if (id.start < binding.declEnd && this.fn === this.paramsOf) {
      throw unsupported(this.file, id, `parameter '${binding.name}' used before it is initialized`);
    }
  }

  /** Sloppy-mode arguments objects alias simple parameters (a strict function's, or one with
   *  defaults, rest or patterns, is unmapped: a copy). Where the aliasing can be seen in the
   *  function itself — it writes through `arguments`, or assigns a parameter and reads
   *  `arguments` — the function gets a mapped arguments object: parameter i below the
   *  argument count lives in arguments[i] (codegen's 'mapped' place). Elsewhere the object
   *  is a copy (another function writing through an arguments object it was passed is not
   *  seen by the parameters). */
  checkArguments(): void {
    const simple = (fn: FunctionInfo): boolean =>
      !fn.strict && fn.node.type !== 'Program' && fn.params.length > 0 &&
      fn.node.params.every((p) => p.type === 'Identifier');
    const mapped = new Map<FunctionInfo, acorn.Node>();
    for (const use of this.argumentsWritten) if (simple(use.fn)) mapped.set(use.fn, use.node);
    for (const use of this.argumentsIndexed) if (simple(use.fn) && this.paramWrites.has(use.fn)) mapped.set(use.fn, use.node);
    for (const [fn, node] of mapped) {
      const args = fn.argumentsBinding!;
      // `var arguments` or a function named `arguments` replaced the object.
      if (this.declaredArguments.has(fn) || fn.scope.bindings.get('arguments') !== args) throw unsupported(this.file, node, 'arguments object of a function that assigns its parameters');
      const deleted = this.argumentsDeleted.find((use) => use.fn === fn);
      // Deleting a mapped element would take its parameter's value with it.
      if (deleted !== undefined) throw unsupported(this.file, deleted.node, 'delete of an element of a mapped arguments object');
      const count = this.declare(fn.scope, '%argc', 'var', 0, false);
      // A closure reaching a parameter reaches the arguments object and the count too.
      if (fn.params.some((p) => p.captured)) args.captured = count.captured = true;
      this.info.mappedArguments.set(fn, count);
    }
  }

  private needsHoleCheck(b: Binding, ref: acorn.Identifier): boolean {
    if (b.kind !== 'let' && b.kind !== 'const') return false;
    return b.fn !== this.fn || ref.start < b.declEnd || b.scope.kind === 'switch';
  }

  private checkGlobal(id: acorn.Identifier, mode: 'read' | 'write'): void {
    const name = id.name;
    if (COMMONJS_NAMES.has(name) && this.goal === 'module') {
      throw unsupported(this.file, id, name === 'arguments' ? 'arguments object' : `CommonJS '${name}'`);
    }
    if (NODE_GLOBALS.has(name) && !REALM_GLOBALS.has(name)) throw unsupported(this.file, id, `global '${name}'`);
    if (mode === 'write' && SUPPORTED_GLOBALS.has(name)) throw unsupported(this.file, id, `assignment to global '${name}'`);
  }
}

/** The parameters of node's CommonJS module wrapper: every module's top level takes them. */
export const MODULE_WRAPPER_PARAMS = ['exports', 'require', 'module', '__filename', '__dirname'] as const;


/** The let, const and class names a statement declares in its statement list. */
function lexicalNames(s: acorn.Statement | acorn.ModuleDeclaration): string[] {
  if (s.type === 'ClassDeclaration' && s.id) return [s.id.name];
  if (s.type !== 'VariableDeclaration' || s.kind === 'var') return [];
  return s.declarations.flatMap((d) => patternIdentifiers(d.id).map((id) => id.name));
}


/** Is `scope` `outer` or inside it? */
function within(scope: Scope, outer: Scope): boolean {
  for (let s: Scope | null = scope; s; s = s.parent) if (s === outer) return true;
  return false;
}

/** End of the pattern element that declares `id` (where its value is known). */
function elementEnd(pattern: acorn.Pattern, id: acorn.Identifier): number {
  let end = id.end;
  const visit = (node: acorn.Pattern): boolean => {
    if (node === id) return true;
    switch (node.type) {
      case 'ObjectPattern':
        return node.properties.some((p) => {
          const inner = p.type === 'RestElement' ? p : p.value;
          if (!visit(inner)) return false;
          end = Math.max(end, inner.end);
          return true;
        });
      case 'ArrayPattern': return node.elements.some((e) => e !== null && visit(e));
      case 'RestElement': return visit(node.argument);
      case 'AssignmentPattern':
        if (!visit(node.left)) return false;
        end = Math.max(end, node.end);
        return true;
      default: return false;
    }
  };
  visit(pattern);
  return end;
}

/** Does any identifier named in `names` occur in `node` (syntactically, nested functions included)? */
function mentions(node: acorn.Node, names: readonly string[]): boolean {
  let found = false;
  const walk = (n: unknown): void => {
    if (found || n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(walk);
    const o = n as { type?: string; name?: string };
    if (o.type === 'Identifier' && names.includes(o.name!)) {
      found = true;
      return;
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'loc') walk(v);
  };
  walk(node);
  return found;
}

/** Does function literal `fn` use `super` (itself or in its arrows, not in nested functions)? */
function usesSuper(fn: acorn.Node): boolean {
  let found = false;
  const walk = (n: unknown): void => {
    if (found || n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(walk);
    const o = n as { type?: string };
    if (o.type === 'Super') {
      found = true;
      return;
    }
    if (o !== fn && (o.type === 'FunctionExpression' || o.type === 'FunctionDeclaration' || o.type === 'ClassExpression' || o.type === 'ClassDeclaration')) return;
    for (const [k, v] of Object.entries(o)) if (k !== 'loc') walk(v);
  };
  walk(fn);
  return found;
}

/** The string literal of `require.resolve('…')`, or null for any other call. */
function requireResolveSpecifier(node: acorn.CallExpression): string | null {
  const callee = node.callee;
  if (callee.type !== 'MemberExpression' || callee.computed || callee.object.type !== 'Identifier' || callee.object.name !== 'require') return null;
  if (callee.property.type !== 'Identifier' || callee.property.name !== 'resolve' || node.arguments.length !== 1) return null;
  const a = node.arguments[0];
  return a.type === 'Literal' && typeof a.value === 'string' ? a.value : null;
}
