// Destructuring: binds an object or array pattern (or a plain name or property target) to a
// value in a register. Used by declarations (`const {a, b: [c]} = v`), assignment
// expressions (`[a, b] = [b, a]`), parameters and for-of/in heads. Object patterns read
// properties with GetNamed/GetKeyed; array patterns read by index from IterableToArray of the
// value (the rest element is a `slice` call) — without a rest element, from IterableTake,
// which takes only as many values as the pattern names from an iterator and closes it; a
// default applies when the value is undefined.

import type * as acorn from 'acorn';
import { printCallee, staticKey } from '../ast';
import { placeOf, storeBinding, writePlace, directTarget, type FunctionContext } from './context';
import { Label } from './builder';
import { emitGet, emitSet, exprInto, loadNumber, propertyKey, staticPropertyKey, valueOf } from './expressions';
import { Op } from '../../bytecode/opcodes';
import { Builtin } from '../../bytecode/builtin-ids';

/**
 * How names are bound: 'init' initializes let/const/parameter bindings (no checks), 'var'
 * assigns a var, 'assign' is an assignment expression's target (TDZ and const checks).
 */
export type PatternMode = 'init' | 'var' | 'assign';

/**
 * What node prints as the destructured value when it is null or undefined: the source text
 * of the initializer, `param` for a parameter (node names the value), `for` for a for-of head.
 */
export type PatternSource = { readonly text: string } | 'param' | 'for';

/** The source of a declaration's or assignment's value; null when it cannot be null or undefined. */
export function patternSource(init: acorn.Expression, source: string): PatternSource | null {
  switch (init.type) {
    case 'ObjectExpression': case 'ArrayExpression': case 'TemplateLiteral':
    case 'FunctionExpression': case 'ArrowFunctionExpression':
      return null;
    default: return { text: printCallee(init, source) };
  }
}

/**
 * Binds `pattern` to the value in `value`. `source` is set for a top-level pattern whose value
 * may be null or undefined (an object pattern then throws node's TypeError first).
 */
export function destructure(
  g: FunctionContext, pattern: acorn.Pattern, value: number, mode: PatternMode, source: PatternSource | null,
): void {
  switch (pattern.type) {
    case 'Identifier': return bindName(g, pattern, value, mode);
    case 'MemberExpression': return assignProperty(g, pattern, value);
    case 'ObjectPattern': return objectPattern(g, pattern, value, mode, source);
    case 'ArrayPattern': return arrayPattern(g, pattern, value, mode);
    case 'AssignmentPattern': {
      applyDefault(g, value, pattern.right);
      return destructure(g, pattern.left, value, mode, source);
    }
    default: throw new Error(`generator: unexpected pattern ${pattern.type}`);
  }
}

function bindName(g: FunctionContext, id: acorn.Identifier, value: number, mode: PatternMode): void {
  const place = placeOf(g, id);
  g.at(id);
  if (mode === 'init') storeBinding(g, place, value);
  else writePlace(g, place, value, mode === 'var');
}

function assignProperty(g: FunctionContext, target: acorn.MemberExpression, value: number): void {
  const mark = g.b.mark();
  const object = valueOf(g, target.object as acorn.Expression, target.computed ? [target.property] : []);
  const key = propertyKey(g, target.property, target.computed, []);
  g.at(target);
  emitSet(g, object, key, value);
  g.b.release(mark);
}

/** A register to read an element straight into: the target's own register, when that is safe. */
function directRegister(g: FunctionContext, target: acorn.Pattern, mode: PatternMode): number | null {
  if (target.type !== 'Identifier') return null;
  const place = placeOf(g, target);
  if (place.kind !== 'register') return null;
  if (mode === 'assign') return directTarget(place);
  return place.binding.kind === 'fname' ? null : place.reg;
}

/** `value` = `fallback` when it is undefined. */
export function applyDefault(g: FunctionContext, value: number, fallback: acorn.Expression): void {
  const skip = new Label();
  const mark = g.b.mark();
  const undef = g.b.temp();
  const same = g.b.temp();
  g.at(fallback).b.emit(Op.LoadUndefined, undef);
  g.b.emit(Op.StrictEq, same, value, undef, g.b.feedback());
  g.b.jump(skip, Op.JumpIfFalse, same);
  g.b.release(mark);
  exprInto(g, fallback, value);
  g.b.bind(skip);
}

/** Reads one element or property into a register and binds its target (with its default). */
function bindElement(g: FunctionContext, element: acorn.Pattern, mode: PatternMode, read: (dst: number) => void): void {
  const mark = g.b.mark();
  const target = element.type === 'AssignmentPattern' ? element.left : element;
  const fallback = element.type === 'AssignmentPattern' ? element.right : null;
  const direct = fallback === null ? directRegister(g, target, mode) : null;
  const r = direct ?? g.b.temp();
  read(r);
  if (fallback) applyDefault(g, r, fallback);
  destructure(g, target, r, mode, null);
  g.b.release(mark);
}

function objectPattern(
  g: FunctionContext, node: acorn.ObjectPattern, value: number, mode: PatternMode, source: PatternSource | null,
): void {
  if (source !== null) requireObjectCoercible(g, node, value, source);
  const outer = g.b.mark();
  // With a rest element, the keys taken so far (as evaluated) are collected to leave out.
  const hasRest = node.properties.some((p) => p.type === 'RestElement');
  const taken = hasRest ? g.b.temp() : -1;
  if (hasRest) g.at(node).b.emit(Op.CreateArray, taken, taken, 0);
  for (const p of node.properties) {
    if (p.type === 'RestElement') {
      // {...rest}: a new object with the own enumerable properties not taken.
      bindElement(g, p.argument, mode, (dst) => {
        g.at(p).b.emit(Op.CreateObject, dst);
        g.b.emit(Op.CopyDataProperties, dst, value, taken);
      });
      continue;
    }
    const mark = g.b.mark();
    const key = propertyKey(g, p.key, p.computed, []);
    if (hasRest) noteKey(g, taken, key);
    bindElement(g, p.value, mode, (dst) => {
      g.at(p);
      emitGet(g, dst, value, key);
    });
    g.b.release(mark);
  }
  g.b.release(outer);
}

/** Appends a property key (a name constant or a key register) to the array `taken`. */
function noteKey(g: FunctionContext, taken: number, key: ReturnType<typeof propertyKey>): void {
  if ('keyed' in key) return g.b.emit(Op.ArrayPush, taken, key.keyed);
  if ('private' in key) return; // a pattern's keys are never private names (acorn rejects them)
  const mark = g.b.mark();
  const t = g.b.temp();
  g.b.emit(Op.LoadConst, t, key.named);
  g.b.emit(Op.ArrayPush, taken, t);
  g.b.release(mark);
}

/**
 * node's TypeError for destructuring null or undefined: "Cannot destructure property 'a' of
 * 'src' as it is undefined." when the first property is a plain name without a default,
 * "Cannot destructure 'src' as it is null." for an empty pattern or a computed first key. With
 * a default on the first property node reads it first and fails like any property read.
 */
function requireObjectCoercible(g: FunctionContext, node: acorn.ObjectPattern, value: number, source: PatternSource): void {
  const head = node.properties[0];
  const first = head?.type === 'RestElement' ? undefined : head;
  if (first && !first.computed && first.value.type === 'AssignmentPattern') return;
  const firstKey = first && !first.computed ? staticKey(first.key, false) : null;
  const message = (kind: 'undefined' | 'null'): string => {
    const text = typeof source === 'object' ? source.text
      : source === 'for' ? '.for' : kind === 'null' ? 'object null' : 'undefined';
    return firstKey !== null
      ? `Cannot destructure property '${firstKey}' of '${text}' as it is ${kind}.`
      : `Cannot destructure '${text}' as it is ${kind}.`;
  };
  const ok = new Label();
  const isNull = new Label();
  const mark = g.b.mark();
  g.at(node).b.jump(ok, Op.JumpIfNotNullish, value);
  const undef = g.b.temp();
  const same = g.b.temp();
  g.b.emit(Op.LoadUndefined, undef);
  g.b.emit(Op.StrictEq, same, value, undef, g.b.feedback());
  g.b.jump(isNull, Op.JumpIfFalse, same);
  g.b.emit(Op.ThrowTypeError, g.b.constant(message('undefined')));
  g.b.bind(isNull);
  g.b.emit(Op.ThrowTypeError, g.b.constant(message('null')));
  g.b.bind(ok);
  g.b.release(mark);
}

function arrayPattern(g: FunctionContext, node: acorn.ArrayPattern, value: number, mode: PatternMode): void {
  const mark = g.b.mark();
  const array = g.b.temp();
  if (node.elements.some((e) => e?.type === 'RestElement')) {
    g.at(node).b.emit(Op.IterableToArray, array, value);
  } else {
    // Only as many values as the pattern names: an iterator is closed after them.
    const args = g.b.temps(2);
    g.at(node).b.emit(Op.Mov, args, value);
    loadNumber(g, args + 1, node.elements.length);
    g.b.emit(Op.CallBuiltin, array, Builtin.IterableTake, args, 2);
  }
  node.elements.forEach((e, i) => {
    if (e === null) return;
    if (e.type === 'RestElement') {
      // [...array.slice(i)]: iteration reads holes as undefined.
      bindElement(g, e.argument, mode, (dst) => {
        const m = g.b.mark();
        const slice = g.b.temp();
        const start = g.b.temp();
        g.at(e);
        emitGet(g, slice, array, staticPropertyKey(g, 'slice'));
        loadNumber(g, start, i);
        g.b.emit(Op.CallMethod, slice, slice, array, start, 1, g.b.constant('slice'));
        g.b.emit(Op.CreateArray, dst, dst, 0);
        g.b.emit(Op.ArrayAppend, dst, slice);
        g.b.release(m);
      });
      return;
    }
    bindElement(g, e, mode, (dst) => {
      const m = g.b.mark();
      const index = g.b.temp();
      g.at(e);
      loadNumber(g, index, i);
      g.b.emit(Op.GetKeyed, dst, array, index, g.b.feedback());
      g.b.release(m);
    });
  });
  g.b.release(mark);
}

/** `[a, b] = [b, a]`, `({x, y} = o)`: the value of the expression is the right side. */
export function patternAssignment(g: FunctionContext, node: acorn.AssignmentExpression, dst: number | null): void {
  const mark = g.b.mark();
  const value = g.b.temp();
  exprInto(g, node.right, value);
  destructure(g, node.left, value, 'assign', patternSource(node.right, g.source));
  if (dst !== null) g.b.emit(Op.Mov, dst, value);
  g.b.release(mark);
}
