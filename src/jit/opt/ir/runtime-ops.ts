// Operations compiled code delegates to the runtime (TypeScript) through CallRuntime:
// generic arithmetic on non-number operands, allocation of contexts and closures, and
// builtins that are not inlined. Each call site in machine code names one registered
// RuntimeSite; its tagged operands are stored in the outgoing area of the caller's frame.

export type RuntimeOperation =
  | { kind: 'binary'; op: number } // bytecode opcode of the arithmetic or compare
  | { kind: 'unary'; op: number }
  | { kind: 'typeof' }
  | { kind: 'builtin'; id: number }
  | { kind: 'create-context'; slots: number }
  | { kind: 'create-closure'; functionId: number }
  | { kind: 'to-boolean' }
  /** Operand: a rope; returns the flat String with its units (Heap.flatString). */
  | { kind: 'flatten-string' }
  /** Operand: an int32 count; returns a new flat String of that many (zero) units, for
   *  compiled code to fill when its LAB is full (Heap.allocate never collects, so the
   *  offsets the code holds stay valid). */
  | { kind: 'alloc-string' }
  /** Operand: an object whose Slots store is full; the runtime grows it (objects.growSlots). */
  | { kind: 'grow-slots' }
  | { kind: 'throw-stack-overflow' }
  | { kind: 'throw'; again?: boolean } // `throw value` (ReThrow: again): always ends in the exception word
  /** The exception a call of this code threw (parked by the callback that caught it,
   *  tiering/native-exceptions.ts), as the value a `catch` receives. */
  | { kind: 'take-exception' }
  /** `arguments` (`isArguments`, from 0) or a rest parameter: an array of the frame's
   *  arguments from index `from`, read from the compiled frame itself (its caller wrote them
   *  there). */
  | { kind: 'arguments-array'; from: number; isArguments: boolean }
  /** f(...array) with a receiver: operands callee, this, array; `name` is how the callee is
   *  named in "x is not a function". The call runs in whichever tier the callee is in. */
  | { kind: 'call-spread'; name: string }
  /** The generic (interpreter slow-path) semantics of a property, array or object
   *  bytecode: op is its opcode, key the constant key of named accesses. */
  | { kind: 'heap-op'; op: number; key?: string; strict?: boolean }
  /** A class, `new` or prototype bytecode (runtime/class-ops.ts): operands are its input
   *  registers in order; key and imm its constant and immediate. May run JavaScript. */
  | { kind: 'class-op'; op: number; key?: string; imm: number }
  /** An expression-syntax bytecode (runtime/syntax-ops.ts: ConstructSpread,
   *  CopyDataProperties, ...): operands are its input registers in order; key its constant.
   *  May run JavaScript. */
  | { kind: 'syntax-op'; op: number; key?: string };

/** Operations that allocate or read the frame and never run JavaScript (no language
 *  exception but running out of memory; no object changes shape). */
export const RUNS_NO_JAVASCRIPT: ReadonlySet<RuntimeOperation['kind']> = new Set<RuntimeOperation['kind']>([
  'create-context', 'create-closure', 'flatten-string', 'alloc-string', 'grow-slots', 'arguments-array', 'take-exception',
]);

export interface RuntimeSite {
  operation: RuntimeOperation;
  operandCount: number;
  /** Byte offset of operand 0 from the VM frame pointer (operands are 8 bytes apart). */
  operandOffset: number;
  /** Bytecode offset the call stands for (error stacks). */
  pc: number;
  /** A call in inlined code: the inlined functions and their bytecode offsets, innermost
   *  first; their callees and receivers follow the operands, two words each. */
  inlinedFrames?: { functionId: number; pc: number }[];
  /** The function whose compiled code has the call (its inlined callees' calls included);
   *  set by tiering when the code is compiled, for --stats. */
  functionId?: number;
}
