// Meanings of the immediate operands that carry flag bits: the generator encodes them and the
// runtime decodes them, so they belong to the instruction set like the opcodes themselves.

/** DefineMember flag bits (the instruction's immediate). */
export const enum MemberFlag {
  NonEnumerable = 1,
  Getter = 4,
  Setter = 8,
  /** DefineComputed of a method or accessor: the function is named after the key. */
  SetName = 16,
}
