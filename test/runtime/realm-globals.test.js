// The front end and the realm agree on the global names: the front end lets a program name a
// node global only when it is in REALM_GLOBALS (src/frontend/globals.ts), and the realm
// (src/runtime/realm.ts) installs the global object's properties. A name in one list and not
// the other is either a compile-time rejection of something that works or a ReferenceError
// at run time for something the front end let through. A Runtime on a plain ArrayBuffer heap:
// no addon, no interpreter.
'use strict';
const assert = require('assert');
const { Heap } = require('../../dist/runtime/heap');
const { Runtime } = require('../../dist/runtime/runtime');
const { Region, Tag } = require('../../dist/runtime/layout');
const { REALM_GLOBALS, NODE_GLOBALS } = require('../../dist/frontend/globals');

const MB = 1024 * 1024;

describe('realm globals', () => {
  const heap = new Heap(new ArrayBuffer(Region.heapOffset + 16 * MB), 8 * MB);
  const rt = new Runtime(heap, (id) => heap.allocFunction(id, 0, Tag.Undefined, 0), () => 'f');
  const atStart = new Set(rt.objects.ownKeys(rt.globalObject, true));
  // The global object as a value builds the groups built on first use (Runtime.registerLazyGlobals).
  rt.globalObjectValue();
  const installed = new Set(rt.objects.ownKeys(rt.globalObject, true));

  it('builds binary data, URL and Intl on first use, and all of them once the global object is a value', () => {
    for (const name of ['Uint8Array', 'Buffer', 'TextDecoder', 'URL', 'Intl', 'globalThis']) {
      assert.ok(!atStart.has(name), `${name} was built at start`);
      assert.ok(installed.has(name), `${name} was not built`);
    }
    assert.ok(atStart.has('Map') && atStart.has('Promise') && atStart.has('RegExp'));
  });

  it('installs every global the front end accepts', () => {
    const missing = [...REALM_GLOBALS].filter((name) => !installed.has(name));
    assert.deepStrictEqual(missing, []);
  });

  it('lets the front end accept every node global it installs', () => {
    const rejected = [...installed].filter((name) => NODE_GLOBALS.has(name) && !REALM_GLOBALS.has(name));
    assert.deepStrictEqual(rejected, []);
  });

  it('installs them enumerable as node does (only `global` among them)', () => {
    const enumerable = new Set(rt.objects.ownKeys(rt.globalObject, false));
    const differ = [...REALM_GLOBALS].filter((name) => enumerable.has(name) !== Object.prototype.propertyIsEnumerable.call(globalThis, name));
    assert.deepStrictEqual(differ, []);
  });
});
