// The optimizing compiler's SSA IR: basic blocks of nodes, phis at merges, every node with
// a machine representation (tagged word, raw int32, float64, raw bool). Nodes that may
// deoptimize carry a FrameState: the bytecode offset to resume at and the SSA value of every
// live interpreter register there. Speculation lives in the nodes' ops (chosen from
// feedback by the graph builder); conversions between representations are made explicit by
// lowering, which knows which of them can fail.

import { OPCODES } from '../../../bytecode/opcodes';
import { Tag } from '../../../runtime/layout';

export type Repr = 'tagged' | 'int32' | 'float64' | 'bool';

export type NodeOp =
  | 'param' // aux = parameter index; tagged
  | 'const' // aux = value (number for int32/float64, [hi, lo] for tagged); any repr
  | 'phi'
  // int32 arithmetic with guards (overflow, -0) → int32
  | 'i32.add' | 'i32.sub' | 'i32.mul' | 'i32.mod' | 'i32.neg'
  | 'i32.and' | 'i32.or' | 'i32.xor' | 'i32.shl' | 'i32.sar' | 'i32.shr' | 'i32.not'
  // float64 arithmetic → float64
  | 'f64.add' | 'f64.sub' | 'f64.mul' | 'f64.div' | 'f64.neg'
  | 'f64.sqrt' | 'f64.floor' | 'f64.ceil' | 'f64.trunc' | 'f64.abs'
  // comparisons → bool; aux = the bytecode compare opcode
  | 'i32.cmp' | 'f64.cmp' | 'tagged.stricteq'
  | 'compare-any' // inputs: two tagged values of any type; <, <=, >, >= (aux: the opcode): int32s and strings inline, else the runtime → bool
  | 'strict-equals' // inputs: two tagged values of any type; a === b (inline when the words decide it, else the runtime) → bool
  | 'bool.not'
  | 'to-boolean' // any repr → bool
  | 'is-nullish' // tagged → bool
  | 'is-object' // tagged → bool: an ordinary object, an array or a function (not a string, symbol or BigInt)
  | 'is-exception' // input: a call's result (tagged); true when it is the exception word (the call threw), bool
  | 'typeof' // input: any tagged value; its typeof string, picked from aux (the interned words of TYPE_NAMES); tagged
  | 'to-int32' // a number (float64, or tagged: guarded) → int32 by ECMAScript ToInt32 (truncation modulo 2^32)
  | 'convert' // input converted to this node's repr (may deopt: not-int32, not-number, lost-precision)
  | 'builtin' // CallBuiltin; aux = builtin id; inlined by lowering when the operands allow
  | 'runtime' // a call into the runtime on tagged operands; aux = RuntimeOperation; tagged result
  | 'call' // inputs: callee, [receiver (aux.withThis)], args...; tagged result (aux.knownFunction: the callee is a constant function object, unchecked)
  | 'create-array' // inputs: the elements; an array literal bump-allocated inline, or by the runtime (aux: its RuntimeOperation) when the allocation area is full; tagged
  | 'create-object' // a new empty object `{}`: bump-allocated inline, or by the runtime when the allocation area is full; tagged
  | 'load-context-slot' // inputs: context (tagged); aux = [depth, slot]
  | 'store-context-slot' // inputs: context, value; aux = [depth, slot]
  | 'closure-context' // the running closure's context (tagged); with an input, that function object's (an inlined callee's)
  | 'callee' // the running closure itself (tagged): arguments.callee
  | 'argument-count' // how many arguments the frame's caller passed (int32): self-hosted code's argumentCount()
  | 'check-hole' // guard: input is not the TDZ marker; no value
  | 'check-function' // guard: input is a closure of function aux (an inlined call's target)
  | 'deopt' // unconditional deopt (the interpreter will throw); aux = reason
  | 'gc-poll' // guard: no collection is pending (else leave for the interpreter's safepoint)
  | 'load-this' // the frame's receiver (tagged)
  | 'check-proto' // guard: input is an object of one of the shapes (aux: ProtoLoad) and the prototype epoch is aux.epoch
  | 'construct-receiver' // input: a class constructor (tagged); the receiver `new` passes it: the hole carrying new.target
  | 'class-entry' // input: the receiver; ClassEntry: new.target (tagged) from a construct receiver, else the runtime throws; aux: the generic RuntimeOperation
  | 'construct-result' // inputs: returned value, this; `new F()` of an ordinary function: the value when it is an object, else `this`
  | 'ctor-result' // inputs: returned value, this; CtorResult: `this` when undefined was returned, else the runtime; aux: the generic RuntimeOperation
  | 'check-super-not-called' // input: this; CheckSuperNotCalled: passes while `this` is the hole, else the runtime throws; aux: the generic RuntimeOperation
  | 'check-super-parent' // guard: input (a class) has the property-object shape aux.propsShape, so its parent is aux.parent, still a function of id aux.parentId
  | 'check-private-name' // guard: input (a private name, tagged) is the interned string aux (a heap offset)
  | 'check-shapes' // guard: input is a plain object of one of the shapes aux (number[]); no value
  | 'instance-of' // inputs: value, constructor; guards the constructor, its `prototype` and the prototype epoch (aux.entry), answers by the value's shape, else the runtime (aux.generic); bool
  | 'create-this' // input: new.target; a new object of the recorded prototype (aux.entries) bump-allocated, else the runtime (aux.generic); tagged
  | 'load-proto-poly' // guard as check-proto; the value cached for the receiver's shape (aux.values), tagged
  | 'load-named' // guard: input is an object of one of the cached shapes (aux: shape, slot, after per entry); that shape's slot
  | 'function-properties' // guard: input is a function with a properties object; that object (tagged), which holds its named properties
  | 'store-named' // inputs: object, value; same guard; stores the shape's slot, and sets the shape after when the store adds the property
  | 'array-push' // inputs: array, value; Array.prototype.push of one value; the new length (int32)
  | 'array-pop' // input: array; Array.prototype.pop; guards a plain array without an integrity level whose last element is no hole; the removed value (tagged)
  | 'check-kind' // guard: input is a string or an array without a properties object (aux.receiver 'string' / 'array'), prototypes unchanged since aux.epoch; no value
  | 'array-length' // guard: input is an array; its length (int32)
  | 'string-length' // guard: input is a string; its length (int32)
  | 'string-char-code' // inputs: string, index; guards kind and bounds; the UTF-16 code unit (int32)
  | 'string-char-at' // inputs: string, index; same guards, and a code unit below 256; the one-unit string
  | 'string-substring-unit' // inputs: string, start, end; s.substring(i, i + 1): guards as string-char-at and end = start + 1
  | 'string-slice' // inputs: string, start[, end]; s.slice(start, end) with int32 bounds: the string itself, '' (aux.empty), a one-unit string or a copy (bump-allocated, or by the runtime when the LAB is full)
  | 'string-char-at-any' // inputs: value, key (tagged); s[i] for a string and an int32 (undefined past either end), else the runtime's GetKeyed (aux); tagged
  | 'load-element' // inputs: array, index; guards kind, elements kind (aux), bounds, no hole
  | 'load-element-holey' // inputs: array, index; guards a plain array, int32 index >= 0; a hole or an index past the end is undefined while the prototype epoch stays aux.epoch
  | 'store-element' // inputs: array, index, value; guards kind, bounds, elements kind fits the value (aux {append}: an index at the length appends)
  | 'load-typed' // inputs: typed array, index; guards its shape (aux: shape, type) and bounds; the element (float64 or int32)
  | 'store-typed'; // inputs: typed array, index, value; guards shape, bounds, and that the value converts (a number; an int32)

export interface FrameState {
  functionId: number;
  pc: number;
  /** Interpreter register → value; undefined where the register is dead. */
  registers: (Node | undefined)[];
  /** In inlined code: the caller's state at the call, and what the callee frame's header
   *  holds, so a deopt rebuilds both frames. */
  outer?: InlinedCall;
}

export interface InlinedCall {
  state: FrameState;
  callee: Node; // the function object called (tagged)
  receiver?: Node; // `this` of an inlined method call (tagged); plain calls pass undefined
  argc: number;
}

export interface Node {
  readonly id: number;
  op: NodeOp;
  inputs: Node[];
  repr: Repr;
  aux: unknown;
  pc: number; // bytecode offset it came from
  frameState?: FrameState; // where to resume if this node deoptimizes
  /** Calls in a function with exception handlers: the state before the call, rebuilt (and
   *  the exception rethrown there) by an exception exit when the call throws. */
  exceptionState?: FrameState;
  /** A node of inlined code: the inlined function and bytecode offset it came from (`pc`
   *  is the compiled function's call), and the call it stands for. Runtime calls made here
   *  pass the inlined frames' callees and receivers, for the stack of an error they raise. */
  inlined?: InlinedAt;
  /** A call or runtime call inside a `try` whose exception this code catches itself: when it
   *  throws, its value is the exception word, and the builder branches on `is-exception`
   *  right after it to the handler (through a runtime call that takes the exception). */
  throwsToHandler?: boolean;
  /** load-named/store-named/check-proto/load-proto-poly: the object is known to have this
   *  shape here (a dominating guard proved it: passes/eliminate-redundant-shape-checks.ts),
   *  so no shape guard is emitted. */
  knownShape?: number;
  block: Block;
}

export interface InlinedAt {
  functionId: number;
  pc: number;
  call: InlinedCall;
}

export type Terminator =
  | { kind: 'goto'; target: Block }
  | { kind: 'branch'; cond: Node; ifTrue: Block; ifFalse: Block }
  | { kind: 'return'; value: Node }
  | { kind: 'none' }; // ends in an unconditional deopt

export interface Block {
  readonly id: number;
  readonly pc: number; // bytecode offset of its first instruction
  phis: Node[];
  nodes: Node[];
  preds: Block[];
  succs: Block[];
  terminator: Terminator;
  loopHeader: boolean;
}

export interface Graph {
  blocks: Block[]; // entry first, in reverse postorder after building
  nodeCount: number;
}

const TAG_NAMES = new Map<number, string>([
  [Tag.Undefined, 'undefined'], [Tag.Null, 'null'], [Tag.Hole, 'the-hole'], [Tag.Bool, 'bool'], [Tag.Int32, 'int32'],
]);

function describeAux(n: Node): string {
  if (n.aux === undefined) return '';
  if (n.op === 'const' && n.repr === 'tagged') {
    const [hi, lo] = n.aux as [number, number];
    return ` ${hi === Tag.Ptr ? `ptr@${lo}` : TAG_NAMES.get(hi) ?? `0x${hi.toString(16)}:${lo}`}`;
  }
  if (n.op.endsWith('.cmp') || (n.op.startsWith('i32.') && typeof n.aux === 'number') || n.op.startsWith('f64.')) {
    return typeof n.aux === 'number' ? ` ${OPCODES[n.aux]?.name ?? n.aux}` : '';
  }
  return ` ${JSON.stringify(n.aux)}`;
}

export function describeNode(n: Node): string {
  const args = n.inputs.map((i) => `v${i.id}`).join(', ');
  const aux = describeAux(n);
  const known = n.knownShape === undefined ? '' : ` known-shape ${n.knownShape}`;
  return `v${n.id}:${n.repr} = ${n.op}${aux}(${args})${known}`;
}

/** Textual dump for --print-ir and golden tests. */
export function printGraph(g: Graph, title: string): string {
  const out = [`--- IR ${title} ---`];
  for (const b of g.blocks) {
    const preds = b.preds.map((p) => `b${p.id}`).join(', ');
    out.push(`b${b.id} (pc ${b.pc})${b.loopHeader ? ' loop' : ''}${preds ? ` <- ${preds}` : ''}`);
    for (const p of b.phis) out.push(`  ${describeNode(p)}`);
    for (const n of b.nodes) out.push(`  ${describeNode(n)}${n.frameState ? ` @pc${n.frameState.pc}` : ''}`);
    const t = b.terminator;
    if (t.kind === 'goto') out.push(`  goto b${t.target.id}`);
    else if (t.kind === 'branch') out.push(`  branch v${t.cond.id} ? b${t.ifTrue.id} : b${t.ifFalse.id}`);
    else if (t.kind === 'return') out.push(`  return v${t.value.id}`);
  }
  return out.join('\n');
}
