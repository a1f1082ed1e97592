// Private names (`#x`) as property keys. A private name is made once per evaluation of the
// class that declares it (two evaluations of one class expression make two names), and a
// private member lives on its object as an ordinary own property keyed by that name, so
// shapes, inline caches and the JIT's shape guards serve `this.#x` exactly as `this.x`.
//
// The representation: a private name is the interned heap string
//   PRIVATE_KEY_PREFIX + <serial> + ' ' + <description>
// where the prefix starts with a noncharacter (U+FDD0) and holds a random nonce drawn at
// start-up. Program code never sees these strings (they live only in hidden bindings of the
// class scope, read by the private-member opcodes), ordinary key enumeration skips them
// (ObjectModel.ownKeys: Object.keys, for-in, JSON, console.log, ...), and no program can
// spell one to reach it through `o[k]`: it would have to guess the nonce. The serial makes
// each evaluation's name distinct; the description (`#x`, or a class's name for a brand)
// is what node's error messages print.
//
// Brands: private methods and accessors are not stored per object. An instance gets one
// brand property (a private name described by its class's name) when it is constructed,
// and `o.#m` checks that brand, then takes the method from the class scope (static ones
// check the receiver is the class itself), as V8 does; its messages name the brand.

/** Every private key starts with this; nothing else does (see above). */
export const PRIVATE_KEY_PREFIX = `\uFDD0#${Math.random().toString(36).slice(2, 12)}:`;

let serial = 0;

/** A new private name with this description (its text; the runtime interns it). */
export function newPrivateKey(description: string): string {
  return `${PRIVATE_KEY_PREFIX}${++serial} ${description}`;
}

export function isPrivateKey(key: string): boolean {
  return key.charCodeAt(0) === 0xfdd0 && key.startsWith(PRIVATE_KEY_PREFIX);
}

/** What a private key was described with (`#x`, or a brand's class name). */
export function privateKeyDescription(key: string): string {
  return key.slice(key.indexOf(' ', PRIVATE_KEY_PREFIX.length) + 1);
}
