// Scope analysis of classes (declarations and expressions). A class body gets a block scope
// with hidden const bindings: `%class` (the constructor), `%proto` (its prototype: the home
// object of instance methods; `%class` is that of static ones), `%fields` (a synthetic method
// that defines the instance fields on `this`), `%brand` (the private name instances with
// private methods carry), `%fieldkeyN` (computed field keys, evaluated once at definition),
// one binding per private name (`#x`; `#x set` for a private setter), plus the class's own
// name. The constructor (or a synthesized default one), each method, the instance-field
// initializer and each static part (a run of static fields, a static block) become
// functions analyzed like any other, so captures, `this` in arrows and contexts need
// nothing class-specific downstream. `#x` references resolve lexically through the `#x`
// bindings (privateReference).

import type * as acorn from 'acorn';
import type { FunctionKind } from '../bytecode/function';
import { staticKey } from './ast';
import { unsupported } from './diagnostics';
import type { Binding, ClassInfo, FunctionInfo, PrivateName, Scope, ScopeInfo, ScopeKind } from './scope-model';

/** What analyzeClass needs from the analyzer (scope.ts), which implements it. */
export interface ClassHost {
  readonly file: string;
  readonly info: ScopeInfo;
  fn: FunctionInfo;
  newScope(kind: ScopeKind, parent: Scope | null, owner?: boolean): Scope;
  declare(scope: Scope, name: string, kind: 'const' | 'let', declEnd: number, named?: boolean): Binding;
  expression(node: acorn.Expression, scope: Scope, name?: string): void;
  /** Marks a binding read from the function being analyzed (captured when declared outside it). */
  capture(binding: Binding): void;
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
  const privateMethods = body.filter((m): m is acorn.MethodDefinition => m.type === 'MethodDefinition' && m.key.type === 'PrivateIdentifier');
  const className = node.id?.name;
  const info: ClassInfo = {
    node, name, derived: node.superClass !== null && node.superClass !== undefined, scope,
    classBinding: host.declare(scope, '%class', 'const', 0),
    protoBinding: host.declare(scope, '%proto', 'const', 0),
    nameBinding: node.id ? host.declare(scope, node.id.name, 'const', 0) : null,
    fieldsBinding: instanceFields.length > 0 ? host.declare(scope, '%fields', 'const', 0) : null,
    implicitConstructor: false,
    ctor: null as unknown as FunctionInfo,
    members: [], elements: [], fieldsFn: null, staticParts: [], privateNames: [],
    brandBinding: privateMethods.some((m) => !m.static) ? host.declare(scope, '%brand', 'const', 0) : null,
    // V8's names for the class in brand-check messages (an anonymous class with a static
    // private method has a class variable named '.').
    brandName: className ?? (privateMethods.some((m) => m.static && m.kind === 'method') ? '.' : 'anonymous'),
    staticBrandName: className ?? '.',
  };
  host.info.classes.set(node, info);
  declarePrivateNames(host, info, body);
  const explicit = body.find((m): m is acorn.MethodDefinition => m.type === 'MethodDefinition' && m.kind === 'constructor');
  const ctorNode = explicit ? explicit.value : defaultConstructor(node, info.derived);
  info.implicitConstructor = explicit === undefined;
  info.ctor = host.analyzeFunction(ctorNode, host.fn, scope, name, info.derived ? 'derived-class' : 'class', info.protoBinding, info);
  if (!info.derived) {
    // The base constructor's prologue adds the brand and calls the field initializer.
    for (const b of [info.fieldsBinding, info.brandBinding]) {
      if (!b) continue;
      b.captured = true;
      info.ctor.usesOuterContext = true;
    }
  }
  const fieldKeys = new Map<acorn.PropertyDefinition, string>();
  for (const m of body) {
    if (m.type === 'PropertyDefinition' && m.computed) {
      // A computed field key is evaluated with the methods, in order; the initializer reads it.
      host.expression(m.key as acorn.Expression, scope);
      const keyName = `%fieldkey${fieldKeys.size}`;
      fieldKeys.set(m, keyName);
      info.elements.push({ kind: 'field-key', key: m.key as acorn.Expression, binding: host.declare(scope, keyName, 'const', 0) });
      continue;
    }
    if (m.type !== 'MethodDefinition' || m.kind === 'constructor') continue;
    if (m.computed) host.expression(m.key as acorn.Expression, scope);
    const key = m.computed ? null : memberKey(m);
    const fnName = key === null ? '' : m.kind === 'get' || m.kind === 'set' ? `${m.kind} ${key}` : key;
    const home = m.static ? info.classBinding : info.protoBinding;
    const fn = host.analyzeFunction(m.value, host.fn, scope, fnName, 'method', home, null);
    let privateBinding: Binding | null = null;
    if (m.key.type === 'PrivateIdentifier') {
      const pn = privateNameOf.get(scope.bindings.get(key!)!)!;
      privateBinding = m.kind === 'set' ? pn.setter : pn.binding;
    }
    const member = { key: privateBinding ? null : key, computedKey: m.computed ? m.key as acorn.Expression : null, kind: m.kind, isStatic: m.static, fn, privateBinding };
    info.members.push(member);
    info.elements.push({ kind: 'member', member });
  }
  if (instanceFields.length > 0) {
    info.fieldsFn = host.analyzeFunction(fieldInitializer(host, node, instanceFields, fieldKeys), host.fn, scope, '<instance_members_initializer>', 'method', info.protoBinding, null);
  }
  // Static fields and blocks, in order: a run of fields shares one initializer function.
  let run: acorn.PropertyDefinition[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    info.staticParts.push(host.analyzeFunction(fieldInitializer(host, node, run, fieldKeys), host.fn, scope, '<static_initializer>', 'method', info.classBinding, null));
    run = [];
  };
  for (const m of body) {
    if (m.type === 'PropertyDefinition' && m.static) run.push(m);
    if (m.type !== 'StaticBlock') continue;
    flush();
    info.staticParts.push(host.analyzeFunction(syntheticFunction(m, [], m.body), host.fn, scope, '<static_initializer>', 'method', info.classBinding, null));
  }
  flush();
  return info;
}

/** The PrivateName each private binding of a class scope stands for. */
const privateNameOf = new WeakMap<Binding, PrivateName>();

/** Declares every private name of the body in the class scope (before anything is
 *  analyzed: methods and computed keys may refer to names declared after them). */
function declarePrivateNames(host: ClassHost, info: ClassInfo, body: readonly acorn.Node[]): void {
  for (const m of body as (acorn.MethodDefinition | acorn.PropertyDefinition | acorn.StaticBlock)[]) {
    if (m.type === 'StaticBlock' || m.key.type !== 'PrivateIdentifier') continue;
    const text = `#${m.key.name}`;
    const kind = m.type === 'PropertyDefinition' ? 'field' : m.kind === 'get' || m.kind === 'set' ? 'accessor' : 'method';
    let pn = info.scope.bindings.has(text) ? privateNameOf.get(info.scope.bindings.get(text)!)! : undefined;
    if (!pn) {
      pn = { text, kind, isStatic: m.static, binding: host.declare(info.scope, text, 'const', 0), setter: null, hasGetter: false, cls: info };
      privateNameOf.set(pn.binding, pn);
      info.privateNames.push(pn);
    }
    if (m.type === 'MethodDefinition' && m.kind === 'get') pn.hasGetter = true;
    if (m.type === 'MethodDefinition' && m.kind === 'set') pn.setter = host.declare(info.scope, `${text} set`, 'const', 0);
  }
}

/** `#x` of `o.#x` or `#x in o`: resolved to the private name of the nearest class body that
 *  declares it, whose bindings the access reads (captured when in a nested function). */
export function privateReference(host: ClassHost, id: acorn.PrivateIdentifier, scope: Scope): void {
  let binding: Binding | undefined;
  for (let s: Scope | null = scope; s && !binding; s = s.parent) binding = s.bindings.get(`#${id.name}`);
  const pn = binding && privateNameOf.get(binding);
  if (!pn) throw unsupported(host.file, id, `undeclared private name #${id.name}`);
  host.info.privateRefs.set(id, pn);
  host.capture(pn.binding);
  if (pn.setter) host.capture(pn.setter);
  if (pn.kind !== 'field') host.capture(pn.isStatic ? pn.cls.classBinding : pn.cls.brandBinding!);
}

/** The name an anonymous function gets from the field it initializes (`x = () => {}`); a
 *  computed key's is known only at run time (DefineComputed names it). */
export function fieldName(left: acorn.MemberExpression): string | undefined {
  if (left.property.type === 'PrivateIdentifier') return `#${left.property.name}`;
  return left.computed ? undefined : staticKey(left.property, false) ?? undefined;
}

function memberKey(m: acorn.MethodDefinition | acorn.PropertyDefinition): string {
  if (m.key.type === 'PrivateIdentifier') return `#${m.key.name}`;
  return staticKey(m.key, false)!;
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

/** A method whose body defines the fields on `this`, in order: `this.k = value`,
 *  `this[%fieldkeyN] = value` for a computed key, `this.#x = value` for a private field
 *  (marked as definitions for the generator). */
function fieldInitializer(
  host: ClassHost, node: acorn.Class, fields: acorn.PropertyDefinition[], fieldKeys: ReadonlyMap<acorn.PropertyDefinition, string>,
): acorn.FunctionExpression {
  const statements = fields.map((f): acorn.Statement => {
    const value = f.value ?? ({ type: 'Identifier', ...pos(f), name: 'undefined' } as acorn.Identifier);
    const computedKey = fieldKeys.get(f);
    const property = computedKey !== undefined ? { type: 'Identifier', ...pos(f.key), name: computedKey }
      : f.key.type === 'PrivateIdentifier' ? f.key
      : { type: 'Identifier', ...pos(f.key), name: memberKey(f) };
    const assign = {
      type: 'AssignmentExpression', ...pos(f), operator: '=',
      left: {
        type: 'MemberExpression', ...pos(f), computed: computedKey !== undefined, optional: false,
        object: { type: 'ThisExpression', ...pos(f) },
        property,
      },
      right: value,
    } as acorn.AssignmentExpression;
    host.info.fieldDefinitions.add(assign);
    return { type: 'ExpressionStatement', ...pos(f), expression: assign } as acorn.ExpressionStatement;
  });
  return syntheticFunction(node, [], statements);
}
