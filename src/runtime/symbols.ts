// Symbols: the primitive values, their registry (Symbol.for), the well-known ones, and the
// mapping between a symbol and the property key it stands for.
//
// Representation. A symbol is a primitive heap value of its own kind (Kind.Symbol, 24
// bytes: a serial, its description word — a string or undefined — and its key word), so
// `typeof`, identity (`===` compares the words: one symbol is one heap object), printing and
// the GC tell it from strings and objects by the kind word alone, in the interpreter and in
// compiled code alike.
//
// As a property key. The object model keys properties by JS strings everywhere (shapes,
// dictionaries, inline caches, the JIT's shape guards). A symbol used as a key is mapped to
// a unique internal key string
//   SYMBOL_KEY_PREFIX + <serial>
// where the prefix starts with a noncharacter (U+FDD1) and holds a nonce drawn at start-up,
// as private names do (private-names.ts): no program can spell it, ObjectModel.ownKeys
// filters it out (Object.keys, for-in, JSON, getOwnPropertyNames), and
// Object.getOwnPropertySymbols maps the keys back to their symbols. So `o[s]` takes the
// same paths as `o['x']`, and shapes and caches serve symbol keys unchanged. The key
// string is made (and interned) the first time the symbol is used as a key and kept in the
// symbol's key word; from then on the symbol is a GC root (like every interned string: a
// property keyed by it may outlive every other reference to the symbol, and
// getOwnPropertySymbols must still give it back).

import type { Heap } from './heap';
import { Kind, ObjectLayout as L, Tag } from './layout';
import type { Word } from './word';

/** Every symbol key starts with this; nothing else does (see above). */
export const SYMBOL_KEY_PREFIX = `\uFDD1@${Math.random().toString(36).slice(2, 12)}:`;

export function isSymbolKey(key: string): boolean {
  return key.charCodeAt(0) === 0xfdd1 && key.startsWith(SYMBOL_KEY_PREFIX);
}

/** The well-known symbols (Symbol.iterator, ...), in the order node lists them. */
export const WELL_KNOWN_SYMBOLS = [
  'asyncDispose', 'asyncIterator', 'dispose', 'hasInstance', 'isConcatSpreadable', 'iterator', 'match', 'matchAll', 'replace',
  'search', 'species', 'split', 'toPrimitive', 'toStringTag', 'unscopables',
] as const;
export type WellKnownSymbol = (typeof WELL_KNOWN_SYMBOLS)[number];

export class Symbols {
  private serial = 0;
  /** Key string → symbol, for every symbol used as a key (GC roots). */
  private readonly byKey = new Map<string, number>();
  /** Symbol.for's registry: key text → symbol (GC roots). */
  private readonly registry = new Map<string, number>();
  private readonly registered = new Map<number, string>();
  /** Symbol.iterator, ... (GC roots). */
  readonly wellKnown = new Map<WellKnownSymbol, number>();
  /** Symbol.prototype (symbol-natives.ts makes it). */
  proto = 0;
  /** Function.prototype[Symbol.hasInstance] (symbol-natives.ts): `instanceof` skips calling
   *  it and runs the ordinary test itself. */
  ordinaryHasInstance = 0;

  constructor(private readonly heap: Heap) {
    for (const name of WELL_KNOWN_SYMBOLS) this.wellKnown.set(name, this.create(this.heap.internString(`Symbol.${name}`)));
  }

  isSymbol(hi: number, lo: number): boolean {
    return hi === Tag.Ptr && this.heap.kindOf(lo) === Kind.Symbol;
  }

  /** A new symbol described by string `description` (0: undefined). */
  create(description: number): number {
    const heap = this.heap;
    const at = heap.allocObjectBytes(Kind.Symbol, L.symbolBytes);
    const w = at >> 2;
    heap.u32[w + (L.symbolSerialOffset >> 2)] = ++this.serial;
    heap.u32[w + (L.symbolDescriptionOffset >> 2)] = description;
    heap.u32[w + (L.symbolDescriptionOffset >> 2) + 1] = description === 0 ? Tag.Undefined : Tag.Ptr;
    heap.u32[w + (L.symbolKeyOffset >> 2)] = 0;
    heap.u32[w + (L.symbolKeyOffset >> 2) + 1] = Tag.Undefined;
    return at;
  }

  /** The symbol's description as a word (a string or undefined). */
  description(sym: number): Word {
    const w = (sym + L.symbolDescriptionOffset) >> 2;
    return [this.heap.u32[w + 1], this.heap.u32[w]];
  }

  /** The description's text, or undefined. */
  descriptionText(sym: number): string | undefined {
    const [hi, lo] = this.description(sym);
    return hi === Tag.Ptr ? this.heap.readString(lo) : undefined;
  }

  /** `Symbol(desc)`, as String(s) and s.toString() give it. */
  text(sym: number): string {
    return `Symbol(${this.descriptionText(sym) ?? ''})`;
  }

  /** The internal property key of symbol `sym` (made on first use). */
  keyOf(sym: number): string {
    const heap = this.heap;
    const w = (sym + L.symbolKeyOffset) >> 2;
    if (heap.u32[w + 1] === Tag.Ptr) return heap.readString(heap.u32[w]);
    const key = `${SYMBOL_KEY_PREFIX}${heap.u32[(sym + L.symbolSerialOffset) >> 2]}`;
    heap.u32[w] = heap.internString(key);
    heap.u32[w + 1] = Tag.Ptr;
    this.byKey.set(key, sym);
    return key;
  }

  /** The internal property key of a well-known symbol. */
  wellKnownKey(name: WellKnownSymbol): string {
    return this.keyOf(this.wellKnown.get(name)!);
  }

  /** The symbol whose key `key` is (0: none). */
  symbolOfKey(key: string): number {
    return this.byKey.get(key) ?? 0;
  }

  /** Symbol.for(text). */
  for(text: string): number {
    let sym = this.registry.get(text);
    if (sym === undefined) {
      sym = this.create(this.heap.internString(text));
      this.registry.set(text, sym);
      this.registered.set(sym, text);
    }
    return sym;
  }

  /** The symbol Symbol.for(text) has made so far (0: none yet); makes none. */
  registeredSymbol(text: string): number {
    return this.registry.get(text) ?? 0;
  }

  /** Symbol.keyFor(sym): its registry text, or undefined. */
  keyFor(sym: number): string | undefined {
    return this.registered.get(sym);
  }

  /** The symbols the runtime keeps alive (see the top of the file). */
  roots(): number[] {
    const roots = [...this.byKey.values(), ...this.registry.values(), ...this.wellKnown.values()];
    if (this.proto !== 0) roots.push(this.proto);
    return roots;
  }
}
