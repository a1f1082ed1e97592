// Per-function profile: the work counter that drives tier-up (calls plus loop back-edges)
// and the location of the function's feedback vector in the heap. The interpreter writes
// it; tiering reads it to decide when to compile; the optimizer reads the feedback.

import type { BytecodeFunction } from '../bytecode/function';
import type { Heap } from '../runtime/heap';
import { IC_STRIDE } from './feedback';

export const POLYMORPHIC = -1;

/** How a CreateThis site found its prototype: new.target's property object had shape
 *  propsShape, whose `prototype` data slot held object `proto` (heap offset), whose
 *  instances start with shape rootShape. Compiled code checks the first two and compares
 *  the loaded prototype with proto, so a stale entry only misses. */
export interface CreateThisEntry {
  propsShape: number;
  slot: number;
  proto: number;
  rootShape: number;
}
/** What a SuperConstruct site saw: its class's property object had shape propsShape, whose
 *  prototype (the parent class) is the function object `parent` (heap offset) of function
 *  parentId. Compiled code checks both, so a stale entry only deopts. */
export interface SuperConstructEntry {
  propsShape: number;
  parent: number;
  parentId: number;
}
/** What an InstanceOf site saw of `x instanceof F`, for one F whose instanceof is the
 *  ordinary one (Function.prototype[@@hasInstance], not bound): F, its property object and
 *  that object's shape, the slot of `prototype` there and the prototype it held, and the
 *  answer per receiver shape (and for plain arrays), all valid while the prototype epoch
 *  stays `epoch` (F and the functions it inherits from are watched, so a @@hasInstance or
 *  `prototype` change bumps it). */
export interface InstanceOfEntry {
  ctor: number;
  props: number;
  propsShape: number;
  slot: number;
  proto: number;
  epoch: number;
  answers: [shape: number, answer: boolean][];
  /** The answer for a plain array (no properties object: its prototype is Array.prototype),
   *  once one was seen. */
  arrayAnswer?: boolean;
}
/** Receiver shapes an InstanceOf site keeps answers for. */
export const INSTANCE_OF_SHAPES = 4;
/** CreateThis entries kept per site (a base constructor sees one new.target per subclass). */
export const CREATE_THIS_ENTRIES = 4;
const NO_TARGET = -2;

export class FunctionProfile {
  /** Calls plus loop back-edges run in the interpreter since the last (re)compilation. */
  work = 0;
  /** Set once the function reached its budget; tiering clears it when it acts. */
  hot = false;
  /** A loop back-edge past this much work asks tiering for OSR code (Infinity: never, as
   *  under --jitless or once the function was declined). */
  osrAt = Infinity;
  /** The entry address of the function's installed optimized code, 0 while it has none
   *  (tiering keeps it). A closure compiled code made still has the interpreter entry: its
   *  first call adopts this one (Frames.countCall). */
  compiledEntry = 0;
  readonly feedbackOffset: number;
  /** Call-site feedback, indexed by the Call's bytecode offset: the function id it called,
   *  NO_TARGET before the first call, POLYMORPHIC once it saw two different functions. The
   *  optimizer inlines monomorphic sites. */
  private readonly callTargets: Int32Array;
  /** Shape inline caches of named property sites, by feedback slot (IC_STRIDE words each):
   *  the entry count (IC_MEGAMORPHIC past the last), then (shape id, slot, shape id after
   *  the access) per entry; a store that adds a property has a different shape after. */
  readonly ics: Int32Array;
  /** Per named-store site: the prototype epoch (ObjectModel.protoEpoch) when its adding
   *  entries were last checked; they are used only while it is current. */
  readonly icEpochs: Uint32Array;

  constructor(
    readonly fn: BytecodeFunction,
    heap: Heap,
  ) {
    this.feedbackOffset = heap.allocBytes(Math.max(8, fn.feedbackSlotCount));
    this.callTargets = new Int32Array(fn.code.length).fill(NO_TARGET);
    this.ics = new Int32Array(fn.feedbackSlotCount * IC_STRIDE);
    this.icEpochs = new Uint32Array(fn.feedbackSlotCount);
    heap.u8.fill(0, this.feedbackOffset, this.feedbackOffset + fn.feedbackSlotCount);
  }

  /** CreateThis feedback by bytecode offset (see CreateThisEntry); at most
   *  CREATE_THIS_ENTRIES each, the first ones seen. */
  readonly createThis = new Map<number, CreateThisEntry[]>();

  /** SuperConstruct feedback by bytecode offset: the last one seen. */
  readonly superConstruct = new Map<number, SuperConstructEntry>();

  /** InstanceOf feedback by bytecode offset (see InstanceOfEntry); null once the site saw
   *  a second right-hand side, or one whose instanceof is not cached: it stays generic. */
  readonly instanceOf = new Map<number, InstanceOfEntry | null>();

  recordCreateThis(pc: number, entry: CreateThisEntry): void {
    let list = this.createThis.get(pc);
    if (!list) this.createThis.set(pc, (list = []));
    const same = (e: CreateThisEntry) => e.propsShape === entry.propsShape && e.slot === entry.slot && e.proto === entry.proto;
    if (list.length < CREATE_THIS_ENTRIES && !list.some(same)) list.push(entry);
  }

  recordCallTarget(pc: number, functionId: number): void {
    const seen = this.callTargets[pc];
    if (seen !== functionId) this.callTargets[pc] = seen === NO_TARGET ? functionId : POLYMORPHIC;
  }

  /** The one function the call at pc has called, if it has called exactly one. */
  callTarget(pc: number): number | undefined {
    const seen = this.callTargets[pc];
    return seen >= 0 ? seen : undefined;
  }

  feedback(heap: Heap, slot: number): number {
    return heap.u8[this.feedbackOffset + slot];
  }
}
