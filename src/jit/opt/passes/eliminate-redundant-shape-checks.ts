// Redundant shape-check elimination. Every named load and store guards its object's shape
// (a tag check, a kind check and a shape compare); in `a.vx -= dx * b.mass * m` over a
// loop body the same two objects are guarded a dozen times. A forward dataflow pass over
// the CFG finds, at each access, the shapes objects are known to have: a guard makes its
// object's shape known after it, a store that adds a property changes it, and anything that
// might change some object's shape (a call, a runtime call that may run JavaScript, a
// store that adds a property to another object that may be the same one) forgets them all.
// At a merge only what every predecessor knows survives; loops iterate to a fixpoint, so a
// loop body that adds properties keeps its guards. An access whose object's shape is known
// gets `knownShape`, and lowering emits it without a guard (lower-properties.ts; a method
// load through the prototype chain keeps only its prototype-epoch check). The heap
// never moves objects or rewrites shapes during a collection, so a GC poll forgets nothing.
//
// Facts key on SSA values: two values that are the same object are not connected, which
// costs only a missed elimination; a shape change through either forgets everything. Every
// `load-this` of the compiled function reads the same frame slot, so they share one key
// (the slot changes only when super() returns, a call that forgets everything anyway).

import { Builtin } from '../../../bytecode/builtin-ids';
import type { Block, Graph, Node, NodeOp } from '../ir/ir';
import { RUNS_NO_JAVASCRIPT, type RuntimeOperation } from '../ir/runtime-ops';

/** Object value key (objectKey) → the shape it is known to have. */
type Facts = Map<number, number>;

const THIS_KEY = -1;
const objectKey = (n: Node): number => (n.op === 'load-this' ? THIS_KEY : n.id);

interface NamedEntry { shape: number; slot: number; after: number }

/** Ops that change no object's shape and run no JavaScript (any of them may deopt, which
 *  leaves the code: the facts hold on the path that stays). */
const SHAPE_PRESERVING = new Set<NodeOp>([
  'param', 'const', 'phi',
  'i32.add', 'i32.sub', 'i32.mul', 'i32.mod', 'i32.neg', 'i32.and', 'i32.or', 'i32.xor', 'i32.shl', 'i32.sar', 'i32.shr', 'i32.not',
  'f64.add', 'f64.sub', 'f64.mul', 'f64.div', 'f64.neg', 'f64.sqrt', 'f64.floor', 'f64.ceil', 'f64.trunc', 'f64.abs',
  'i32.cmp', 'f64.cmp', 'tagged.stricteq', 'strict-equals', 'bool.not', 'to-boolean', 'is-nullish', 'is-object', 'is-exception', 'typeof',
  'to-int32', 'convert',
  'create-array', 'create-object',
  'load-context-slot', 'store-context-slot', 'closure-context', 'callee', 'argument-count',
  'check-hole', 'check-function', 'gc-poll', 'load-this', 'check-proto', 'load-proto-poly', 'load-named',
  'function-properties', 'check-shapes', 'check-kind', 'array-length', 'string-length',
  'string-char-code', 'string-char-at', 'string-substring-unit', 'string-slice',
  'load-element', 'load-element-holey', 'load-typed',
]);

/** Inlined builtins that may convert an object operand (and so call its valueOf/toString). */
const CONVERTING_BUILTINS = new Set<number>([Builtin.NumberConvert, Builtin.StringFromCharCode, Builtin.StringConvert]);

function preservesShapes(n: Node): boolean {
  if (SHAPE_PRESERVING.has(n.op)) return true;
  if (n.op === 'runtime') return RUNS_NO_JAVASCRIPT.has((n.aux as RuntimeOperation).kind);
  if (n.op === 'builtin') {
    const aux = n.aux as { id: number; inline: boolean };
    return aux.inline && !CONVERTING_BUILTINS.has(aux.id);
  }
  return false;
}

/** The one shape a guard node leaves its input with, if it names exactly one. */
function guardedShape(n: Node): number | undefined {
  switch (n.op) {
    case 'check-proto':
    case 'load-proto-poly': {
      const shapes = (n.aux as { shapes: number[] }).shapes;
      return shapes.length === 1 ? shapes[0] : undefined;
    }
    case 'check-shapes': {
      const shapes = n.aux as number[];
      return shapes.length === 1 ? shapes[0] : undefined;
    }
    default:
      return undefined;
  }
}

/** Runs block b's nodes over `facts` (changed in place). With `mark`, accesses whose shape
 *  is known get `knownShape`. */
function transfer(b: Block, facts: Facts, mark: boolean): void {
  for (const n of b.nodes) {
    if (n.op === 'load-named' || n.op === 'store-named') {
      const object = objectKey(n.inputs[0]);
      const entries = n.aux as NamedEntry[];
      const known = facts.get(object);
      const entry = known === undefined ? undefined : entries.find((e) => e.shape === known);
      if (mark) n.knownShape = entry?.shape;
      const taken = entry ?? (entries.length === 1 ? entries[0] : undefined);
      const mayAdd = entry ? entry.after !== entry.shape : entries.some((e) => e.after !== e.shape);
      // Adding a property to this object changes the shape of every value that is it.
      if (mayAdd) facts.clear();
      if (taken) facts.set(object, taken.after);
      else facts.delete(object);
      continue;
    }
    if (!preservesShapes(n)) {
      facts.clear();
      continue;
    }
    // A method load through the prototype chain of a receiver of known shape needs only
    // its prototype-epoch check (and a polymorphic one's value is that shape's).
    if (n.op === 'check-proto' || n.op === 'load-proto-poly') {
      const known = facts.get(objectKey(n.inputs[0]));
      const proven = known !== undefined && (n.aux as { shapes: number[] }).shapes.includes(known);
      if (mark) n.knownShape = proven ? known : undefined;
      if (proven) continue;
    }
    const shape = guardedShape(n);
    if (shape !== undefined) facts.set(objectKey(n.inputs[0]), shape);
  }
}

/** What every one of `sets` knows (undefined entries are unvisited predecessors: no
 *  constraint yet). */
function intersect(sets: (Facts | undefined)[]): Facts {
  const known = sets.filter((s): s is Facts => s !== undefined);
  if (known.length === 0) return new Map();
  const out = new Map(known[0]);
  for (const s of known.slice(1)) {
    for (const [k, shape] of out) if (s.get(k) !== shape) out.delete(k);
  }
  return out;
}

function sameFacts(a: Facts, b: Facts): boolean {
  if (a.size !== b.size) return false;
  for (const [k, shape] of a) if (b.get(k) !== shape) return false;
  return true;
}

export function eliminateRedundantShapeChecks(g: Graph): void {
  const out = new Map<Block, Facts>();
  const entryOf = (b: Block): Facts => (b === g.blocks[0] ? new Map() : intersect(b.preds.map((p) => out.get(p))));
  // Blocks are in reverse postorder; facts only shrink once every predecessor was seen, so
  // this ends (a back-edge's first pass is optimistic, the next ones correct it).
  let changed = true;
  while (changed) {
    changed = false;
    for (const b of g.blocks) {
      const facts = entryOf(b);
      transfer(b, facts, false);
      const before = out.get(b);
      if (!before || !sameFacts(before, facts)) {
        out.set(b, facts);
        changed = true;
      }
    }
  }
  for (const b of g.blocks) transfer(b, entryOf(b), true);
}
