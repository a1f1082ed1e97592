// Scope analysis of classes (declarations and expressions). A class body gets a block scope
// with hidden const bindings: `%class` (the constructor), `%proto` (its prototype: the home
// object of instance methods; `%class` is that of static ones), `%fields` (a synthetic method
// that defines the instance fields on `this`), plus the class's own name. The constructor
// (or a synthesized default one), each method, the instance-field initializer and the
// static-field initializer become functions analyzed like any other, so captures, `this`
// in arrows and contexts need nothing class-specific downstream.

import type * as acorn from 'acorn';
import type { FunctionKind } from '../bytecode/function';
import { staticKey } from './ast';
import { unsupported } from './diagnostics';
import type { Binding, ClassInfo, FunctionInfo, Scope, ScopeInfo, ScopeKind } from './scope-model';

/** What analyzeClass needs from the analyzer (scope.ts), which implements it. */
export interface ClassHost {
  readonly file: string;
  readonly info: ScopeInfo;
  fn: FunctionInfo;
  newScope(kind: ScopeKind, parent: Scope | null, owner?: boolean): Scope;
  declare(scope: Scope, name: string, kind: 'const' | 'let', declEnd: number, named?: boolean): Binding;
  expression(node: acorn.Expression, scope: Scope, name?: string): void;
  analyzeFunction(
    node: acorn.FunctionExpression, parent: FunctionInfo | null, outer: Scope | null, name: string,
    kind: FunctionKind, home: Binding | null, classInfo: ClassInfo | null,
  ): FunctionInfo;
}

export function analyzeClass(host: ClassHost, node: acorn.Class, outer: Scope, name: string): ClassInfo {
  if (node.superClass) host.expression(node.superClass, outer);
  const scope = host.newScope('block', outer);
  const body = node.body.body;
  const instanceFields = body.filter((m): m is acorn.PropertyDefinition => m.type === 'PropertyDefinition' && !m.static);
  const staticFields = body.filter((m): m is acorn.PropertyDefinition => m.type === 'PropertyDefinition' && m.static);
  const info: ClassInfo = {
    node, name, derived: node.superClass !== null && node.superClass !== undefined, scope,
    classBinding: host.declare(scope, '%class', 'const', 0),
    protoBinding: host.declare(scope, '%proto', 'const', 0),
    nameBinding: node.id ? host.declare(scope, node.id.name, 'const', 0) : null,
    fieldsBinding: instanceFields.length > 0 ? host.declare(scope, '%fields', 'const', 0) : null,
    ctor: null as unknown as FunctionInfo,
    members: [], fieldsFn: null, staticFn: null,
  };
  host.info.classes.set(node, info);
  const explicit = body.find((m): m is acorn.MethodDefinition => m.type === 'MethodDefinition' && m.kind === 'constructor');
  const ctorNode = explicit ? explicit.value : defaultConstructor(node, info.derived);
  info.ctor = host.analyzeFunction(ctorNode, host.fn, scope, name, info.derived ? 'derived-class' : 'class', info.protoBinding, info);
  if (info.fieldsBinding && !info.derived) {
    // The base constructor's prologue calls the field initializer.
    info.fieldsBinding.captured = true;
    info.ctor.usesOuterContext = true;
  }
  for (const m of body) {
    if (m.type !== 'MethodDefinition' || m.kind === 'constructor') continue;
    const key = memberKey(host, m);
    const fnName = m.kind === 'get' || m.kind === 'set' ? `${m.kind} ${key}` : key;
    const home = m.static ? info.classBinding : info.protoBinding;
    const fn = host.analyzeFunction(m.value, host.fn, scope, fnName, 'method', home, null);
    info.members.push({ key, kind: m.kind, isStatic: m.static, fn });
  }
  if (instanceFields.length > 0) {
    info.fieldsFn = host.analyzeFunction(fieldInitializer(host, node, instanceFields), host.fn, scope, '<instance_members_initializer>', 'method', info.protoBinding, null);
  }
  if (staticFields.length > 0) {
    info.staticFn = host.analyzeFunction(fieldInitializer(host, node, staticFields), host.fn, scope, '<static_initializer>', 'method', info.classBinding, null);
  }
  return info;
}

function memberKey(host: ClassHost, m: acorn.MethodDefinition | acorn.PropertyDefinition): string {
  const key = staticKey(m.key, m.computed);
  if (key === null) throw unsupported(host.file, m, m.key.type === 'PrivateIdentifier' ? 'private field' : 'computed class member name');
  return key;
}

/** Position fields of a synthetic node: those of `at`. */
function pos(at: acorn.Node): { start: number; end: number; loc: acorn.SourceLocation | null | undefined } {
  return { start: at.start, end: at.end, loc: at.loc };
}

function syntheticFunction(at: acorn.Node, params: acorn.Pattern[], body: acorn.Statement[]): acorn.FunctionExpression {
  return {
    type: 'FunctionExpression', ...pos(at), id: null, params, generator: false, async: false, expression: false,
    body: { type: 'BlockStatement', ...pos(at), body },
  } as acorn.FunctionExpression;
}

/** `constructor() {}`, or `constructor(...args) { super(...args); }` for a derived class. */
function defaultConstructor(node: acorn.Class, derived: boolean): acorn.FunctionExpression {
  if (!derived) return syntheticFunction(node, [], []);
  const id = (): acorn.Identifier => ({ type: 'Identifier', ...pos(node), name: '%args' } as acorn.Identifier);
  const call = {
    type: 'CallExpression', ...pos(node), optional: false,
    callee: { type: 'Super', ...pos(node) },
    arguments: [{ type: 'SpreadElement', ...pos(node), argument: id() }],
  } as acorn.CallExpression;
  return syntheticFunction(node, [{ type: 'RestElement', ...pos(node), argument: id() } as acorn.RestElement],
    [{ type: 'ExpressionStatement', ...pos(node), expression: call } as acorn.ExpressionStatement]);
}

/** A method whose body defines the fields on `this`, in order: `this.k = value` (marked as
 *  definitions for the generator). */
function fieldInitializer(host: ClassHost, node: acorn.Class, fields: acorn.PropertyDefinition[]): acorn.FunctionExpression {
  const statements = fields.map((f): acorn.Statement => {
    const key = memberKey(host, f);
    const value = f.value ?? ({ type: 'Identifier', ...pos(f), name: 'undefined' } as acorn.Identifier);
    const assign = {
      type: 'AssignmentExpression', ...pos(f), operator: '=',
      left: {
        type: 'MemberExpression', ...pos(f), computed: false, optional: false,
        object: { type: 'ThisExpression', ...pos(f) },
        property: { type: 'Identifier', ...pos(f.key), name: key },
      },
      right: value,
    } as acorn.AssignmentExpression;
    host.info.fieldDefinitions.add(assign);
    return { type: 'ExpressionStatement', ...pos(f), expression: assign } as acorn.ExpressionStatement;
  });
  return syntheticFunction(node, [], statements);
}
