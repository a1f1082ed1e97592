// Generator state for one function and access to its bindings ("places"): a binding lives in
// a register, or — when a nested function captures it — in a slot of a context reached from
// a context register of the running function (see the context model in frontend/scope-contexts.ts).
// Reads and writes here emit the TDZ checks (CheckHole) and const errors that scope analysis
// asked for. Used by expressions.ts, patterns.ts and statements.ts.

import type * as acorn from 'acorn';
import { innermostContext, linkTarget } from '../scope-contexts';
import type { Binding, FunctionInfo, PrivateName, Scope, ScopeInfo } from '../scope-model';
import type { ExceptionHandler } from '../../bytecode/function';
import { FunctionBuilder, Label } from './builder';
import { Op } from '../../bytecode/opcodes';

export interface JumpTarget {
  readonly kind: 'loop' | 'switch' | 'label';
  readonly labels: readonly string[];
  readonly breakLabel: Label;
  readonly continueLabel: Label | null; // loops only
  /** How many try regions enclose the target (set when pushed): a jump to it leaves the rest. */
  readonly tryDepth?: number;
  /** For a break, when it leaves more regions than a continue: a for-of loop's break closes
   *  its iterator, its continue does not. */
  readonly breakTryDepth?: number;
}

/** What leaving a for-of loop early does: emits its IteratorClose (for await: awaited) for a
 *  break, return or outer continue, and what closes it when an exception leaves the body
 *  (the exception stays what the loop throws, whatever closing does). */
export interface IteratorCloser {
  readonly closeIterator: (g: FunctionContext) => void;
  readonly closeOnThrow: (g: FunctionContext) => void;
}

/** A try block being generated (exceptions.ts). */
export interface TryRegion {
  readonly start: number;
  end: number;
  /** Offsets of finalizer copies made for exits: not protected by this region. */
  readonly holes: [number, number][];
  /** The finally block (or a for-of loop's iterator close); null for a try/catch region. */
  readonly finalizer: acorn.BlockStatement | IteratorCloser | null;
  readonly depth: number;
  /** The scope and the count of jump targets at the try statement. */
  readonly scope: Scope;
  readonly targetCount: number;
}

/** A handler-table entry under construction; `depth` orders nested regions innermost first. */
export interface HandlerEntry extends ExceptionHandler {
  readonly depth: number;
}

/**
 * The constructs that nest inside a family lower in the file order: a class, `new`, `super`,
 * an object-literal accessor, a class field or a destructuring assignment inside an
 * expression, a statement inside a try block. The files are ordered generator → statements →
 * exceptions → classes, patterns → expressions → context → builder, each importing only files
 * after it; a call back up goes through this table, which generator.ts fills in from the
 * files that own the constructs (the grammar is recursive, the imports are not).
 */
/** The key of `o.#x` (codegen/private-members.ts): the register holding what the access
 *  checks (the private name of a field, the brand of an instance method or accessor, the
 *  class of a static one). */
export interface PrivateKey {
  readonly private: number;
  readonly name: PrivateName;
}

export interface NestedConstructs {
  statement(g: FunctionContext, node: acorn.Statement): void;
  classInto(g: FunctionContext, node: acorn.Class, dst: number): void;
  constructInto(g: FunctionContext, node: acorn.NewExpression, dst: number, name: number): void;
  superCallInto(g: FunctionContext, node: acorn.CallExpression, dst: number): void;
  superMemberInto(g: FunctionContext, node: acorn.MemberExpression, dst: number, receiver?: number): void;
  accessorProperty(g: FunctionContext, obj: number, p: acorn.Property): void;
  fieldDefinition(g: FunctionContext, node: acorn.AssignmentExpression): void;
  patternAssignment(g: FunctionContext, node: acorn.AssignmentExpression, dst: number | null): void;
  privateKey(g: FunctionContext, id: acorn.PrivateIdentifier): PrivateKey;
  privateGet(g: FunctionContext, dst: number, object: number, key: PrivateKey): void;
  privateSet(g: FunctionContext, object: number, key: PrivateKey, value: number): void;
  privateInto(g: FunctionContext, node: acorn.BinaryExpression, dst: number): void;
  newTargetInto(g: FunctionContext, node: acorn.MetaProperty, dst: number): void;
  superAssignment(g: FunctionContext, node: acorn.AssignmentExpression, dst: number | null): void;
  objectLiteralInto(g: FunctionContext, node: acorn.ObjectExpression, dst: number): void;
  taggedTemplateInto(g: FunctionContext, node: acorn.TaggedTemplateExpression, dst: number): void;
  yieldInto(g: FunctionContext, node: acorn.YieldExpression, dst: number): void;
  awaitInto(g: FunctionContext, node: acorn.AwaitExpression, dst: number): void;
}

/**
 * Register layout: parameters r0..r(p-1); then one register per uncaptured non-parameter
 * binding, in declaration order; then the context register (if the function needs one);
 * then one register per block scope that owns a context; then temporaries, allocated
 * stack-like.
 */
export class FunctionContext {
  readonly b: FunctionBuilder;
  readonly registers = new Map<Binding, number>();
  readonly contextReg: number; // -1 when the function has no context register
  /** The generator object of a generator or async function's activation (-1: neither). */
  readonly generatorReg: number;
  /** Register of each block scope of this function that owns a context. */
  readonly scopeRegisters = new Map<Scope, number>();
  readonly targets: JumpTarget[] = [];
  /** Try regions enclosing the code being generated, outermost first. */
  readonly tries: TryRegion[] = [];
  readonly handlers: HandlerEntry[] = [];
  /** The scope of the code being generated. */
  scope: Scope;
  /** Where an optional link (`a?.b`, `f?.()`) of the innermost optional chain being
   *  generated jumps when its object or callee is null or undefined (expressions.ts). */
  chainExit: Label | null = null;

  constructor(
    readonly scopes: ScopeInfo,
    readonly fn: FunctionInfo,
    readonly source: string,
    readonly nested: NestedConstructs,
    /** kiln's self-hosted builtins (generator.ts GenerateOptions). */
    readonly selfHosted = false,
  ) {
    fn.params.forEach((p, i) => this.registers.set(p, i));
    let next = fn.params.length;
    const params = new Set(fn.params);
    for (const b of fn.bindings) {
      if (!params.has(b) && !b.captured && b.kind !== 'fname') this.registers.set(b, next++);
    }
    this.contextReg = fn.contextMode === 'none' ? -1 : next++;
    this.generatorReg = fn.node.type !== 'Program' && (fn.node.generator || fn.node.async) ? next++ : -1;
    for (const s of scopes.allScopes) {
      if (s.fn === fn && s.hasContext && s.kind !== 'function' && s.kind !== 'fname') this.scopeRegisters.set(s, next++);
    }
    this.b = new FunctionBuilder(next);
    this.scope = fn.scope;
  }

  /** Sets the source position of the next instructions; returns this for chaining. */
  at(node: acorn.Node): this {
    this.b.at(node);
    return this;
  }

  /** Sets the position to a binary operator's own token, the first one after `left` (V8
   *  reports a throwing `a + b` there, not at `a`): closing parens, white space and comments
   *  between them are skipped. */
  atOperatorAfter(left: acorn.Node): this {
    const end = left.loc?.end;
    if (!end) return this.at(left);
    let { line, column } = end;
    let i = left.end;
    const src = this.source;
    while (i < src.length) {
      const c = src[i];
      if (c === '\n') {
        line++;
        column = 0;
        i++;
      } else if (c === ' ' || c === '\t' || c === '\r' || c === ')') {
        column++;
        i++;
      } else if (src.startsWith('//', i)) {
        while (i < src.length && src[i] !== '\n') i++;
      } else if (src.startsWith('/*', i)) {
        const close = src.indexOf('*/', i + 2);
        const stop = close < 0 ? src.length : close + 2;
        for (; i < stop; i++) {
          if (src[i] === '\n') {
            line++;
            column = 0;
          } else {
            column++;
          }
        }
      } else {
        break;
      }
    }
    this.b.at({ loc: { start: { line, column } } });
    return this;
  }

  registerOf(binding: Binding): number {
    const r = this.registers.get(binding);
    if (r === undefined) throw new Error(`no register for ${binding.name}`);
    return r;
  }

  /** The register holding the context of `scope` (a context scope of this function). */
  contextRegisterOf(scope: Scope): number {
    if (scope.fn !== this.fn) throw new Error('contextRegisterOf: scope of another function');
    if (scope.kind === 'function') return this.contextReg;
    const r = this.scopeRegisters.get(scope);
    if (r === undefined) throw new Error('contextRegisterOf: scope has no context register');
    return r;
  }

  /**
   * The register holding the innermost context at the current point — what closures created
   * here close over — or -1 when there is none.
   */
  currentContext(): number {
    const s = innermostContext(this.scope);
    if (s && s.fn === this.fn) return this.contextRegisterOf(s);
    return this.fn.contextMode === 'closure' ? this.contextReg : -1;
  }

  /** A register holding the context new closures close over (undefined when there is none). */
  closureContextRegister(): number {
    const r = this.currentContext();
    if (r >= 0) return r;
    const t = this.b.temp();
    this.b.emit(Op.LoadUndefined, t);
    return t;
  }

  /** Runs `body` with `scope` as the current scope. */
  within(scope: Scope | undefined, body: () => void): void {
    if (!scope) return body();
    const saved = this.scope;
    this.scope = scope;
    try {
      body();
    } finally {
      this.scope = saved;
    }
  }
}

/**
 * How to reach a context slot from the current point: start at register `start`, follow
 * `links` (each: the link slot 0 of the context `depth` parents up), then slot `slot` of the
 * context `depth` parents up.
 */
export interface ContextPath {
  readonly start: number;
  readonly links: readonly number[];
  readonly depth: number;
  readonly slot: number;
}

export type StaticPlace =
  | { readonly kind: 'register'; readonly reg: number; readonly binding: Binding; readonly holeCheck: boolean }
  | { readonly kind: 'context'; readonly path: ContextPath; readonly binding: Binding; readonly holeCheck: boolean }
  | { readonly kind: 'global'; readonly name: string };

/** A name inside `with` bodies: each with object in turn (innermost first) when it binds the
 *  name (WithHas), else the place the name resolves to statically. A write looks the name up
 *  again when it stores, after its right-hand side ran, as V8 does (the language resolves the
 *  reference first: `with (o) x = (delete o.x, 1)` assigns o.x there, the outer x in node). */
export interface DynamicPlace {
  readonly kind: 'dynamic';
  readonly name: string;
  readonly withs: readonly StaticPlace[];
  readonly inner: StaticPlace | MappedPlace;
}

/** A parameter of a function with a mapped arguments object (scope.ts checkArguments):
 *  element `index` of the arguments object when the function was called with more than
 *  `index` arguments, else its own place. */
export interface MappedPlace {
  readonly kind: 'mapped';
  readonly index: number;
  readonly args: StaticPlace;
  readonly count: StaticPlace;
  readonly own: StaticPlace;
}

export type Place = StaticPlace | DynamicPlace | MappedPlace;

export function placeOf(g: FunctionContext, id: acorn.Identifier): Place {
  const r = g.scopes.resolution(id);
  const inner = r.kind === 'global' ? { kind: 'global', name: r.name } as const : mappedPlace(g, r.binding) ?? bindingPlace(g, r.binding, r.holeCheck);
  if (r.withs === undefined) return inner;
  return { kind: 'dynamic', name: id.name, withs: r.withs.map((w) => bindingPlace(g, w, false)), inner };
}

function mappedPlace(g: FunctionContext, binding: Binding): MappedPlace | null {
  if (binding.kind !== 'param') return null;
  const count = g.scopes.mappedArguments.get(binding.fn);
  if (count === undefined) return null;
  const index = binding.fn.params.indexOf(binding);
  return { kind: 'mapped', index, args: bindingPlace(g, binding.fn.argumentsBinding!, false), count: bindingPlace(g, count, false), own: bindingPlace(g, binding, false) };
}

/** Access to a mapped parameter: `mapped(arguments, index register)` when its element is
 *  mapped, else `own()`; both leave what they compute where the caller says. */
function accessMapped(g: FunctionContext, place: MappedPlace, mapped: (args: number, index: number) => void, own: () => void): void {
  const mark = g.b.mark();
  const count = placeOperand(g, place.count, false);
  const index = g.b.temp();
  const inRange = g.b.temp();
  const unmapped = new Label();
  const done = new Label();
  g.b.emit(Op.LoadInt, index, place.index);
  g.b.emit(Op.Lt, inRange, index, count, g.b.feedback());
  g.b.jump(unmapped, Op.JumpIfFalse, inRange);
  mapped(placeOperand(g, place.args, false), index);
  g.b.jump(done);
  g.b.bind(unmapped);
  own();
  g.b.bind(done);
  g.b.release(mark);
}

/**
 * The with-object lookup of a dynamic place: for each object in turn, when it binds the name
 * `found(object register)` runs; when none does, `otherwise()`. Both leave what they compute
 * where the caller says (registers allocated before this call).
 */
export function lookupWith(g: FunctionContext, place: DynamicPlace, found: (object: number) => void, otherwise: () => void): void {
  const done = new Label();
  for (const w of place.withs) {
    const mark = g.b.mark();
    const object = placeOperand(g, w, false);
    const has = g.b.temp();
    g.b.emit(Op.WithHas, has, object, g.b.constant(place.name));
    const next = new Label();
    g.b.jump(next, Op.JumpIfFalse, has);
    found(object);
    g.b.jump(done);
    g.b.bind(next);
    g.b.release(mark);
  }
  otherwise();
  g.b.bind(done);
}

export function bindingPlace(g: FunctionContext, binding: Binding, holeCheck: boolean): StaticPlace {
  if (!binding.captured) return { kind: 'register', reg: g.registerOf(binding), binding, holeCheck };
  return { kind: 'context', path: contextPath(g, binding), binding, holeCheck };
}

/**
 * The path from the current point to `binding`'s slot. Contexts of the running function are
 * in registers; every context a function creates has the function's closure context as its
 * parent; a block context reaches the enclosing context of its own function through its link.
 */
function contextPath(g: FunctionContext, binding: Binding): ContextPath {
  const target = binding.contextScope;
  if (!target) throw new Error(`captured ${binding.name} has no context`);
  if (target.fn === g.fn) return { start: g.contextRegisterOf(target), links: [], depth: 0, slot: binding.slot };
  const links: number[] = [];
  let start: number;
  let depth: number;
  const local = innermostContext(g.scope);
  if (g.fn.contextMode === 'closure') {
    start = g.contextReg;
    depth = 0;
  } else if (local && local.fn === g.fn) {
    start = g.contextRegisterOf(local);
    depth = 1;
  } else {
    throw new Error(`no context register to reach captured ${binding.name}`);
  }
  let at = g.fn.creationContext;
  while (at !== target) {
    if (!at) throw new Error(`context of ${binding.name} is not on the chain`);
    if (target.fn === at.fn) {
      links.push(depth);
      depth = 0;
      at = linkTarget(at);
    } else {
      depth++;
      at = at.fn.creationContext;
    }
  }
  return { start, links, depth, slot: binding.slot };
}

/** Follows a path's links into `scratch`; returns the register to apply the final depth to. */
function followLinks(g: FunctionContext, path: ContextPath, scratch: number): number {
  let cur = path.start;
  for (const depth of path.links) {
    g.b.emit(Op.LoadContextSlot, scratch, cur, depth, 0);
    cur = scratch;
  }
  return cur;
}

function checkHole(g: FunctionContext, reg: number, binding: Binding): void {
  // `this` of a derived class constructor before super() has a message of its own.
  if (binding.name === '%this') g.b.emit(Op.CheckThis, reg);
  else g.b.emit(Op.CheckHole, reg, g.b.constant(binding.name));
}

/** Emits a read of `place` into `dst`. */
export function readPlace(g: FunctionContext, place: Place, dst: number): void {
  const b = g.b;
  switch (place.kind) {
    case 'register':
      if (place.holeCheck) checkHole(g, place.reg, place.binding);
      if (dst !== place.reg) b.emit(Op.Mov, dst, place.reg);
      return;
    case 'context': {
      const cur = followLinks(g, place.path, dst);
      b.emit(Op.LoadContextSlot, dst, cur, place.path.depth, place.path.slot);
      if (place.holeCheck) checkHole(g, dst, place.binding);
      return;
    }
    case 'global':
      return readGlobal(g, place.name, dst);
    case 'dynamic':
      return lookupWith(g, place, (object) => b.emit(Op.GetNamed, dst, object, b.constant(place.name), b.feedback()), () => readPlace(g, place.inner, dst));
    case 'mapped':
      return accessMapped(g, place, (args, index) => b.emit(Op.GetKeyed, dst, args, index, b.feedback()), () => readPlace(g, place.own, dst));
  }
}

function readGlobal(g: FunctionContext, name: string, dst: number): void {
  switch (name) {
    case 'undefined': return g.b.emit(Op.LoadUndefined, dst);
    case 'NaN': return g.b.emit(Op.LoadConst, dst, g.b.constant(NaN));
    case 'Infinity': return g.b.emit(Op.LoadConst, dst, g.b.constant(Infinity));
    default:
      return g.b.emit(Op.LoadGlobal, dst, g.b.constant(name));
  }
}

/**
 * A register holding the current value of `place`: the binding's own register when it lives
 * in one and `copy` is false (nothing evaluated later can overwrite it), else a new temporary.
 */
export function placeOperand(g: FunctionContext, place: Place, copy: boolean): number {
  if (place.kind === 'register' && !copy) {
    if (place.holeCheck) checkHole(g, place.reg, place.binding);
    return place.reg;
  }
  const t = g.b.temp();
  readPlace(g, place, t);
  return t;
}

/** The binding register a value may be computed into directly (no check, not const), or null. */
export function directTarget(place: Place): number | null {
  if (place.kind !== 'register' || place.holeCheck || place.binding.kind === 'const') return null;
  return place.reg;
}

/**
 * Stores `value` into `place` as an assignment does: TDZ check (unless `checked`, i.e. the
 * old value was already read), then TypeError for a const, then the store. Assigning a named
 * function expression's own name does nothing (sloppy mode).
 */
export function writePlace(g: FunctionContext, place: Place, value: number, checked: boolean): void {
  if (place.kind === 'dynamic') return lookupWith(g, place, (object) => setWithProperty(g, object, place.name, value), () => writePlace(g, place.inner, value, checked));
  if (place.kind === 'mapped') return storeBinding(g, place, value);
  if (place.kind === 'global') return g.b.emit(Op.StoreGlobal, value, g.b.constant(place.name), g.fn.strict ? 1 : 0);
  if (place.binding.kind === 'fname') return;
  if (place.holeCheck && !checked) tdzCheckForWrite(g, place);
  if (place.binding.kind === 'const') {
    g.b.emit(Op.ThrowConstAssign);
    return;
  }
  storeBinding(g, place, value);
}

function tdzCheckForWrite(g: FunctionContext, place: StaticPlace & { kind: 'register' | 'context' }): void {
  if (place.kind === 'register') return checkHole(g, place.reg, place.binding);
  const mark = g.b.mark();
  readPlace(g, place, g.b.temp());
  g.b.release(mark);
}

function setWithProperty(g: FunctionContext, object: number, name: string, value: number): void {
  g.b.emit(Op.SetNamed, object, g.b.constant(name), value, g.b.feedback());
}

/** Stores without any check: initialization of a declaration, or after checks were emitted. */
export function storeBinding(g: FunctionContext, place: Place, value: number): void {
  switch (place.kind) {
    case 'dynamic':
      // `var x = v` inside a with body assigns o.x when o has an x.
      return lookupWith(g, place, (object) => setWithProperty(g, object, place.name, value), () => storeBinding(g, place.inner, value));
    case 'mapped':
      return accessMapped(g, place, (args, index) => g.b.emit(Op.SetKeyed, args, index, value, g.b.feedback()), () => storeBinding(g, place.own, value));
    case 'register':
      if (value !== place.reg) g.b.emit(Op.Mov, place.reg, value);
      return;
    case 'context': {
      const mark = g.b.mark();
      const cur = place.path.links.length > 0 ? followLinks(g, place.path, g.b.temp()) : place.path.start;
      g.b.emit(Op.StoreContextSlot, value, cur, place.path.depth, place.path.slot);
      g.b.release(mark);
      return;
    }
    case 'global':
      throw new Error(`store to global ${place.name}`);
  }
}

/**
 * Enters a block-like scope: creates its context when it owns one (slot 0 linking to the
 * enclosing context of the function), and sets its let/const bindings to the TDZ hole —
 * registers with LoadHole, slots of an enclosing context explicitly (a fresh context starts
 * as holes).
 */
export function enterScope(g: FunctionContext, scope: Scope | undefined): void {
  if (!scope) return;
  if (scope.hasContext && scope.kind !== 'function') {
    const reg = g.contextRegisterOf(scope);
    g.b.emit(Op.CreateContext, reg, scope.contextSlots);
    if (scope.hasLink) g.b.emit(Op.StoreContextSlot, g.contextRegisterOf(linkTarget(scope)), reg, 0, 0);
  }
  let hole = -1;
  for (const binding of scope.lexicals) {
    if (!binding.captured) {
      g.b.emit(Op.LoadHole, g.registerOf(binding));
      continue;
    }
    if (binding.contextScope === scope) continue;
    if (hole < 0) {
      hole = g.b.temp();
      g.b.emit(Op.LoadHole, hole);
    }
    g.within(scope, () => storeBinding(g, bindingPlace(g, binding, false), hole));
  }
  if (scope.kind === 'function') return; // the prologue makes the top level's functions
  // A block's function declarations exist from its entry (hoisted within the block), each
  // entry a new closure over the block's context.
  for (const { info, binding, scope: declaredIn } of g.fn.functions) {
    if (declaredIn === scope) g.within(scope, () => createDeclaredClosure(g, info.id, binding, g.closureContextRegister()));
  }
}

/** Function declaration `functionId`'s closure over `context`, stored in its binding. */
export function createDeclaredClosure(g: FunctionContext, functionId: number, binding: Binding, context: number): void {
  const place = bindingPlace(g, binding, false);
  const target = place.kind === 'register' ? place.reg : g.b.temp();
  g.b.emit(Op.CreateClosure, target, functionId, context);
  storeBinding(g, place, target);
}

/** Runs `body` inside `scope` (entered first), or in the current scope when it is undefined. */
export function inScope(g: FunctionContext, scope: Scope | undefined, body: () => void): void {
  if (!scope) return body();
  const mark = g.b.mark();
  g.within(scope, () => enterScope(g, scope));
  g.b.release(mark);
  g.within(scope, body);
}
