'use strict';
// Unit tests of the allocator (src/runtime/heap.ts) and the mark-sweep collector
// (src/runtime/gc.ts) on a Heap over a plain ArrayBuffer: no addon, no interpreter. Roots are
// what a test writes into the VM-stack area, the handles, or passes as client roots.
const assert = require('assert');
const { Heap, HeapLimitError } = require('../../dist/runtime/heap');
const { GarbageCollector } = require('../../dist/runtime/gc');
const { ObjectModel } = require('../../dist/runtime/objects');
const { ShapeTable } = require('../../dist/runtime/shapes');
const { Collections } = require('../../dist/runtime/collections');
const { Region, Kind, Tag, ObjectLayout: L } = require('../../dist/runtime/layout');

const MB = 1024 * 1024;
const STACK = Region.vmStackOffset;

function makeHeap(maxMb = 8) {
  return new Heap(new ArrayBuffer(Region.heapOffset + 64 * MB), maxMb * MB);
}

/** A heap, a collector whose client roots are `roots`, and the VM-stack words written so far. */
function setup({ maxMb = 8, options = {}, client = {} } = {}) {
  const heap = makeHeap(maxMb);
  const roots = [];
  const gc = new GarbageCollector(heap, { roots: (mark) => roots.forEach(mark), ...client }, options);
  let stackWords = 0;
  return {
    heap,
    gc,
    roots,
    /** Pushes a (hi, lo) word on the VM stack; collect() scans up to the last one. */
    pushStack(hi, lo) {
      const w = (STACK >> 2) + 2 * stackWords++;
      heap.u32[w] = lo;
      heap.u32[w + 1] = hi;
    },
    collect() {
      return gc.collect(STACK + 8 * stackWords);
    },
  };
}

function str(heap, at) {
  return heap.readString(at);
}

describe('gc: allocator', function () {
  it('hands out 8-aligned, zeroed, non-overlapping memory and marks object starts', function () {
    const heap = makeHeap();
    const a = heap.allocate(12);
    const b = heap.allocate(8);
    assert.strictEqual(a % 8, 0);
    assert.strictEqual(b, a + 16);
    assert.ok(heap.isObjectStart(a) && heap.isObjectStart(b));
    assert.ok(!heap.isObjectStart(a + 8));
    for (let i = a; i < b + 8; i += 4) assert.strictEqual(heap.u32[i >> 2], 0);
  });

  it('throws HeapLimitError at once for a request larger than the whole heap (no 32-bit wrap-around)', function () {
    const { heap } = setup({ maxMb: 1 });
    // new Array(2 ** 32 - 1)'s elements: 32 GB, whose size wraps to a small number in u32 arithmetic.
    for (const bytes of [2 * MB, 8 + 8 * (2 ** 32 - 1), 2 ** 32 + 16]) {
      assert.throws(() => heap.allocObjectBytes(Kind.Elements, bytes), (e) => e instanceof HeapLimitError && /kiln heap limit of 1 MB reached/.test(e.message));
    }
  });

  it('throws HeapLimitError naming the limit when the heap is full of live objects', function () {
    const { heap, pushStack, collect } = setup({ maxMb: 1 });
    const arr = heap.allocObjectBytes(Kind.Elements, 8 + 8 * 4096);
    heap.u32[(arr >> 2) + 1] = 4096;
    pushStack(Tag.Ptr, arr);
    assert.throws(() => {
      for (let i = 0; i < 4096; i++) {
        const s = heap.allocString('x'.repeat(200));
        heap.u32[(arr >> 2) + 2 + 2 * i] = s;
        heap.u32[(arr >> 2) + 3 + 2 * i] = Tag.Ptr;
      }
    }, (e) => e instanceof HeapLimitError && /kiln heap limit of 1 MB reached: JavaScript heap out of memory/.test(e.message));
    collect(); // the heap stays consistent after the failed allocation
  });

  it('requests a collection once the bytes in use pass the trigger, never collecting itself', function () {
    const { heap } = setup({ maxMb: 64 });
    assert.strictEqual(heap.gcRequested, false);
    const first = heap.allocString('first');
    while (!heap.gcRequested) heap.allocString('y'.repeat(100));
    assert.ok(heap.bytesInUse >= 8 * MB, `requested at ${heap.bytesInUse} bytes`);
    assert.strictEqual(str(heap, first), 'first'); // nothing was freed
  });

  it('requests a collection at every allocation under stress', function () {
    const { heap, collect } = setup({ options: { stress: true } });
    heap.allocString('a');
    assert.strictEqual(heap.gcRequested, true);
    collect();
    assert.strictEqual(heap.gcRequested, false);
    heap.allocString('b');
    assert.strictEqual(heap.gcRequested, true);
  });
});

describe('gc: collector', function () {
  it('frees unreachable objects and reuses their memory', function () {
    const { heap, collect } = setup();
    const garbage = [];
    for (let i = 0; i < 1000; i++) garbage.push(heap.allocString('garbage ' + i));
    const topBefore = heap.bytesAllocated;
    const e = collect();
    assert.strictEqual(e.freedObjects, 1000);
    assert.strictEqual(e.afterBytes, 0);
    assert.strictEqual(heap.bytesAllocated, 0, 'free memory at the end lowers the top');
    for (const at of garbage) assert.ok(!heap.isObjectStart(at));
    const again = heap.allocString('reused');
    assert.ok(again < Region.heapOffset + topBefore, 'new objects reuse freed memory');
    assert.strictEqual(str(heap, again), 'reused');
  });

  it('reuses holes between live objects through the free lists, with zeroed memory', function () {
    const { heap, pushStack, collect } = setup();
    const all = [];
    for (let i = 0; i < 100; i++) all.push(heap.allocString('s' + String(i).padStart(3, '0')));
    const keep = all.filter((_, i) => i % 2 === 0);
    keep.forEach((at) => pushStack(Tag.Ptr, at));
    const e = collect();
    assert.strictEqual(e.freedObjects, 50);
    assert.strictEqual(heap.bytesAllocated, all[98] + 16 - Region.heapOffset, 'the free end lowers the top');
    const holes = new Set(all.filter((_, i) => i % 2 === 1));
    let reused = 0;
    for (let i = 0; i < 49; i++) {
      const at = heap.allocate(16);
      for (let b = at; b < at + 16; b += 4) assert.strictEqual(heap.u32[b >> 2], 0, 'reused memory is zeroed');
      if (holes.has(at)) reused++;
    }
    assert.strictEqual(reused, 49);
    keep.forEach((at, i) => assert.strictEqual(str(heap, at), 's' + String(2 * i).padStart(3, '0')));
  });

  it('coalesces adjacent free blocks into one that fits a bigger object', function () {
    const { heap, pushStack, collect } = setup();
    const a = heap.allocString('aaaa'); // 16 bytes
    const b = heap.allocString('bbbb');
    const c = heap.allocString('cccc');
    const d = heap.allocString('dddd');
    pushStack(Tag.Ptr, a);
    pushStack(Tag.Ptr, d);
    collect();
    const big = heap.allocString('0123456789abcdef'[0].repeat(12)); // 8 + 24 = 32 bytes
    assert.strictEqual(big, b, 'the two 16-byte holes became one 32-byte block');
    assert.ok(!heap.isObjectStart(c));
    assert.strictEqual(str(heap, d), 'dddd');
  });

  it('never serves a freed string\'s decoded text for a new string at its offset', function () {
    const { heap, collect } = setup();
    for (const len of [5, 300]) {
      const old = heap.allocString('o'.repeat(len));
      assert.strictEqual(str(heap, old), 'o'.repeat(len));
      collect();
      // A string written in place (as compiled code could), not through allocString.
      const fresh = heap.allocObjectBytes(Kind.String, L.stringDataOffset + 2 * len);
      heap.u32[(fresh >> 2) + 1] = len;
      for (let i = 0; i < len; i++) heap.u16[((fresh + L.stringDataOffset) >> 1) + i] = 'n'.charCodeAt(0);
      assert.strictEqual(fresh, old, 'the freed memory is reused');
      assert.strictEqual(str(heap, fresh), 'n'.repeat(len));
      collect();
    }
  });

  it('keeps objects reachable only from a VM stack slot', function () {
    const { heap, pushStack, collect } = setup();
    const s = heap.allocString('on the stack');
    heap.allocString('garbage');
    pushStack(Tag.Int32, 7);
    pushStack(Tag.Ptr, s);
    const e = collect();
    assert.strictEqual(e.freedObjects, 1);
    assert.ok(heap.isObjectStart(s));
    assert.strictEqual(str(heap, s), 'on the stack');
  });

  it('ignores stale Ptr words: into the middle of an object, at a freed block, outside the heap', function () {
    const { heap, pushStack, collect } = setup();
    const big = heap.allocString('x'.repeat(40));
    const dead = heap.allocString('dead');
    const live = heap.allocString('live');
    pushStack(Tag.Ptr, live);
    collect(); // frees big and dead
    assert.ok(!heap.isObjectStart(big) && !heap.isObjectStart(dead));
    const later = heap.allocString('later garbage'); // reuses the first hole
    pushStack(Tag.Ptr, big + 8); // interior pointer (into what is now `later` or free memory)
    pushStack(Tag.Ptr, dead); // a freed block
    pushStack(Tag.Ptr, 12); // the Globals area
    pushStack(Tag.Ptr, Region.heapOffset + 60 * MB); // past the top
    pushStack(Tag.Ptr, live + 4); // misaligned
    const e = collect();
    assert.ok(!heap.isObjectStart(later), 'an interior pointer keeps nothing alive');
    assert.ok(heap.isObjectStart(live));
    assert.strictEqual(str(heap, live), 'live');
    assert.strictEqual(e.liveObjects, 1);
  });

  it('keeps objects reachable only through handles', function () {
    const { heap, collect } = setup();
    const s = heap.allocString('handled');
    const t = heap.allocString('by word');
    heap.allocString('garbage');
    heap.pushHandle(s);
    heap.pushHandleWord([Tag.Ptr, t]);
    assert.strictEqual(collect().freedObjects, 1);
    assert.strictEqual(str(heap, s), 'handled');
    assert.strictEqual(str(heap, t), 'by word');
    heap.popHandle();
    heap.popHandle();
    assert.strictEqual(collect().freedObjects, 2);
  });

  it('marks a chain of 300000 contexts without host recursion', function () {
    const { heap, pushStack, collect } = setup({ maxMb: 32 });
    let hi = Tag.Undefined;
    let lo = 0;
    for (let i = 0; i < 300000; i++) {
      const ctx = heap.allocContext(1, hi, lo);
      heap.u32[(ctx + L.contextSlotsOffset) >> 2] = i;
      heap.u32[((ctx + L.contextSlotsOffset) >> 2) + 1] = Tag.Int32;
      hi = Tag.Ptr;
      lo = ctx;
    }
    pushStack(hi, lo);
    heap.allocString('garbage');
    const e = collect();
    assert.strictEqual(e.liveObjects, 300000);
    assert.strictEqual(e.freedObjects, 1);
    let n = 0;
    for (let at = lo; ; n++) {
      assert.strictEqual(heap.u32[(at + L.contextSlotsOffset) >> 2], 299999 - n);
      if (heap.u32[((at + L.contextParentOffset) >> 2) + 1] !== Tag.Ptr) break;
      at = heap.u32[(at + L.contextParentOffset) >> 2];
    }
    assert.strictEqual(n, 299999);
  });

  it('keeps the slots, elements and dictionary stores of live objects and what they hold', function () {
    const { heap, pushStack, collect } = setup({ options: { verify: true } });
    const shapes = new ShapeTable();
    const objects = new ObjectModel(heap, shapes);
    const s = (x) => heap.allocString(x);
    const obj = objects.allocObject(0);
    objects.setOwn(obj, 'name', Tag.Ptr, s('fast'));
    const arr = objects.allocArray(0);
    for (let i = 0; i < 20; i++) objects.push(arr, Tag.Ptr, s('element ' + i)); // grows the store
    const dict = objects.allocObject(0);
    for (let i = 0; i < 70; i++) objects.setOwn(dict, 'k' + i, Tag.Ptr, s('v' + i)); // past 64: dictionary
    objects.deleteOwn(dict, 'k3');
    objects.setOwn(obj, 'list', Tag.Ptr, arr);
    objects.setOwn(obj, 'dict', Tag.Ptr, dict);
    assert.strictEqual(heap.kindOf(heap.u32[(dict + L.objectSlotsOffset) >> 2]), Kind.Dictionary);
    for (let i = 0; i < 200; i++) s('garbage ' + i);
    pushStack(Tag.Ptr, obj);
    const e = collect();
    assert.ok(e.freedObjects >= 200, `${e.freedObjects} freed`);
    for (let i = 0; i < 300; i++) s('y'.repeat(i % 30)); // reuse what was freed
    const get = (o, k) => (objects.getOwn(o, k) ? [objects.rhi, objects.rlo] : undefined);
    assert.strictEqual(str(heap, get(obj, 'name')[1]), 'fast');
    assert.strictEqual(objects.arrayLength(arr), 20);
    for (let i = 0; i < 20; i++) {
      objects.getElement(arr, i);
      assert.strictEqual(str(heap, objects.rlo), 'element ' + i);
    }
    assert.deepStrictEqual(objects.ownKeys(dict).length, 69);
    for (let i = 0; i < 70; i++) {
      if (i === 3) assert.strictEqual(get(dict, 'k3'), undefined);
      else assert.strictEqual(str(heap, get(dict, 'k' + i)[1]), 'v' + i);
    }
  });

  it('keeps a closure\'s context chain and frees dead closures, telling the client', function () {
    const freed = [];
    let weak = null;
    const { heap, pushStack, collect } = setup({
      client: { freed: (at, kind) => freed.push([at, kind]), swept: (isLive) => (weak = weak.filter(isLive)) },
    });
    const outer = heap.allocContext(1, Tag.Undefined, 0);
    const inner = heap.allocContext(1, Tag.Ptr, outer);
    const s = heap.allocString('captured');
    heap.u32[(outer + L.contextSlotsOffset) >> 2] = s;
    heap.u32[((outer + L.contextSlotsOffset) >> 2) + 1] = Tag.Ptr;
    const liveFn = heap.allocFunction(1, 0, Tag.Ptr, inner);
    const deadFn = heap.allocFunction(2, 0, Tag.Ptr, inner);
    weak = [liveFn, deadFn];
    pushStack(Tag.Ptr, liveFn);
    collect();
    assert.deepStrictEqual(freed, [[deadFn, Kind.Function]]);
    assert.deepStrictEqual(weak, [liveFn]);
    assert.ok([outer, inner, s].every((at) => heap.isObjectStart(at)));
    assert.strictEqual(str(heap, s), 'captured');
  });

  it('marks client roots and interned strings', function () {
    const { heap, roots, collect } = setup();
    const interned = heap.internString('interned');
    const rooted = heap.allocString('rooted');
    const feedback = heap.allocBytes(16) - 8;
    roots.push(rooted, feedback);
    heap.allocString('garbage');
    assert.strictEqual(collect().freedObjects, 1);
    assert.strictEqual(heap.internString('interned'), interned);
    assert.strictEqual(str(heap, rooted), 'rooted');
    assert.ok(heap.isObjectStart(feedback));
  });

  it('survives many cycles of churn at a small limit without growing', function () {
    const { heap, pushStack, collect } = setup({ maxMb: 2 });
    const keep = heap.allocObjectBytes(Kind.Elements, 8 + 8 * 64);
    heap.u32[(keep >> 2) + 1] = 64;
    pushStack(Tag.Ptr, keep);
    let maxTop = 0;
    for (let round = 0; round < 200; round++) {
      for (let i = 0; i < 500; i++) {
        const at = heap.allocString('r' + round + 'i' + i + '-'.repeat(i % 50));
        if (i % 8 === 0) {
          const w = (keep >> 2) + 2 + 2 * ((round * 7 + i) % 64);
          heap.u32[w] = at;
          heap.u32[w + 1] = Tag.Ptr;
        }
      }
      collect();
      maxTop = Math.max(maxTop, heap.bytesAllocated);
    }
    assert.ok(maxTop < 1 * MB, `top reached ${maxTop} bytes`);
    for (let i = 0; i < 64; i++) {
      const w = (keep >> 2) + 2 + 2 * i;
      if (heap.u32[w + 1] === Tag.Ptr) assert.match(str(heap, heap.u32[w]), /^r\d+i\d+-*$/);
    }
  });

  it('in verify mode, reports a heap-internal reference to where no object starts', function () {
    const { heap, pushStack, collect } = setup({ options: { verify: true } });
    const els = heap.allocObjectBytes(Kind.Elements, 8 + 8);
    heap.u32[(els >> 2) + 1] = 1;
    heap.u32[(els >> 2) + 2] = els + 8;
    heap.u32[(els >> 2) + 3] = Tag.Ptr;
    pushStack(Tag.Ptr, els);
    assert.throws(() => collect(), /kiln internal error: the object at heap offset \d+ \(kind 6\) refers to \d+, where no object starts/);
  });
});

describe('gc: weak collections (ephemerons)', function () {
  it('keeps an entry while its key lives, clears it when the key dies, and keeps a value reachable only from its own key', function () {
    const weak = new Set();
    const cleared = [];
    const { heap, pushStack, collect } = setup({
      options: { verify: true },
      client: { isWeakCollection: (at) => weak.has(at), weakEntriesCleared: (store) => cleared.push(store) },
    });
    const objects = new ObjectModel(heap, new ShapeTable());
    const collections = new Collections(heap, objects);
    const map = objects.allocObject(0);
    collections.attachStore(map);
    weak.add(map);
    const liveKey = objects.allocObject(0);
    const deadKey = objects.allocObject(0);
    // The live key's value points back at its key; a chain: value 1 is the key of entry 2.
    const value1 = objects.allocObject(0);
    objects.setOwn(value1, 'back', Tag.Ptr, liveKey);
    const value2 = heap.allocString('reached through value 1');
    collections.set(map, Tag.Ptr, liveKey, Tag.Ptr, value1);
    collections.set(map, Tag.Ptr, value1, Tag.Ptr, value2);
    collections.set(map, Tag.Ptr, deadKey, Tag.Ptr, heap.allocString('dies with its key'));
    pushStack(Tag.Ptr, map);
    pushStack(Tag.Ptr, liveKey);
    const e = collect();
    assert.ok(e.freedObjects >= 2, `${e.freedObjects} freed`);
    assert.strictEqual(collections.size(map), 2);
    assert.deepStrictEqual(cleared, [collections.entryStore(map)]);
    assert.ok(collections.get(map, Tag.Ptr, liveKey) && collections.rlo === value1);
    assert.ok(collections.get(map, Tag.Ptr, value1) && str(heap, collections.rlo) === 'reached through value 1');
  });

  it('lets a weak collection\'s keys and values go when nothing else holds the keys', function () {
    const weak = new Set();
    const { heap, pushStack, collect } = setup({ client: { isWeakCollection: (at) => weak.has(at) } });
    const objects = new ObjectModel(heap, new ShapeTable());
    const collections = new Collections(heap, objects);
    const set = objects.allocObject(0);
    collections.attachStore(set);
    weak.add(set);
    for (let i = 0; i < 500; i++) {
      const k = objects.allocObject(0);
      collections.set(set, Tag.Ptr, k, Tag.Ptr, k);
    }
    pushStack(Tag.Ptr, set);
    const e = collect();
    assert.strictEqual(collections.size(set), 0);
    assert.ok(e.freedObjects >= 500, `${e.freedObjects} freed`);
  });
});
