// What the interpreter's feedback and compiled code know of typed arrays without the typed
// arrays themselves (typed-arrays.ts, loaded when a program first uses binary data): the type
// names, the slots compiled code reads and the types it accesses inline.

export const TYPED_ARRAY_NAMES = [
  'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array',
  'BigInt64Array', 'BigUint64Array',
] as const;

/** Is `type` one whose elements are BigInts (set through ToBigInt, read as BigInts)? */
export function isBigIntArrayType(type: TypedArrayName): boolean {
  return type === 'BigInt64Array' || type === 'BigUint64Array';
}
export type TypedArrayName = (typeof TYPED_ARRAY_NAMES)[number];

/** A typed array's own slots, in this order (compiled code reads the last two through the
 *  array's shape): its buffer, its length and the heap address of element 0 (int32 words). */
export const TypedArraySlot = { buffer: 0, length: 1, address: 2 } as const;

/** The types compiled code reads and writes inline (feedback's type codes: 1, 2). */
export const INLINE_TYPED_ARRAYS: readonly TypedArrayName[] = ['Float64Array', 'Int32Array'];

/** Is string key a CanonicalNumericIndexString: '-0', or the ToString of its own ToNumber
 *  ('-1', '1.5', 'NaN', 'Infinity', '1e+21'; not '01' or '1e3')? On a typed array such a key
 *  is never an ordinary property (array index keys reach the runtime as numbers). */
export function isCanonicalNumericKey(key: string): boolean {
  if (key === '-0') return true;
  const c = key.charCodeAt(0);
  // Such a string starts with a digit, '-', 'I' (Infinity) or 'N' (NaN).
  if (!((c >= 48 && c <= 57) || c === 45 || c === 73 || c === 78)) return false;
  return String(Number(key)) === key;
}
