// What the generic property operations (properties.ts, object-reflection.ts, runtime-core.ts)
// ask of the Proxy exotic objects: their internal methods ([[Get]], [[Set]], ...), each of
// which runs the handler's trap and checks the spec's invariants (proxies.ts). This file
// holds only the interface and the property-descriptor record both sides speak, so that the
// files below the proxies can call them without importing them (proxies.ts imports those
// files; the runtime connects the two when it builds the Proxy global).
//
// Keys are internal property keys as the object model keeps them: strings, an array index
// as its decimal string, a symbol as its key string (symbols.ts).

import type { Word } from './word';

/** A property descriptor as ToPropertyDescriptor makes it: absent fields are undefined
 *  (a present `get: undefined` is the word [Tag.Undefined, 0]). */
export interface Descriptor {
  value?: Word;
  writable?: boolean;
  get?: Word;
  set?: Word;
  enumerable?: boolean;
  configurable?: boolean;
}

/** The internal methods of a proxy (heap offset `proxy`: a proxy object or a callable
 *  proxy's function object). Each throws node's TypeError on a revoked proxy or a broken
 *  invariant; the boolean ones report a falsish trap result as false. */
export interface ProxyHooks {
  getPrototypeOf(proxy: number): number;
  setPrototypeOf(proxy: number, proto: number): boolean;
  isExtensible(proxy: number): boolean;
  preventExtensions(proxy: number): boolean;
  getOwnProperty(proxy: number, key: string): Descriptor | undefined;
  defineOwnProperty(proxy: number, key: string, d: Descriptor): boolean;
  has(proxy: number, key: string): boolean;
  get(proxy: number, key: string, receiver: Word): Word;
  set(proxy: number, key: string, v: Word, receiver: Word): boolean;
  deleteProperty(proxy: number, key: string): boolean;
  /** [[OwnPropertyKeys]]: string and symbol keys, in the trap's order. */
  ownKeys(proxy: number): string[];
  /** IsArray of a proxy: its target's (through proxies of proxies). */
  isArray(proxy: number): boolean;
  /** The target (0 once revoked), without running any trap (printing). */
  targetOf(proxy: number): number;
  /** The proxy's handler (0 once revoked). */
  handlerOf(proxy: number): number;
}
