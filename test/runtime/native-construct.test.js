// The native-constructor protocol (NativeMethod.construct, src/runtime/natives.ts) on a Heap
// over a plain ArrayBuffer: `new NativeCtor(...)` and `super(...)` in a class extending a
// native constructor call construct(rt, args, newTarget), which allocates with
// newTarget.prototype. Also the prototype epoch: changes to prototypes bump it, changes to
// other objects do not. No addon, no interpreter (nothing here calls back into JS).
'use strict';
const assert = require('assert');
const { Heap } = require('../../dist/runtime/heap');
const { Runtime } = require('../../dist/runtime/runtime');
const { Region, Tag } = require('../../dist/runtime/layout');

const MB = 1024 * 1024;

function setup() {
  const heap = new Heap(new ArrayBuffer(Region.heapOffset + 16 * MB), 8 * MB);
  const rt = new Runtime(heap, (id) => heap.allocFunction(id, 0, Tag.Undefined, 0), () => 'f');
  // A test-only native constructor: new Box(v) makes { value: v } with newTarget.prototype.
  const box = rt.installNative({
    name: 'Box',
    fn: () => [Tag.Undefined, 0],
    construct: (rt, args, newTarget) => {
      const o = rt.objects.allocObject(rt.prototypeForNew(newTarget));
      const [hi, lo] = args[0] ?? [Tag.Undefined, 0];
      rt.objects.setOwn(o, 'value', hi, lo);
      return [Tag.Ptr, o];
    },
  });
  const boxProto = rt.objects.allocObject();
  rt.props.define(box, 'prototype', Tag.Ptr, boxProto, 1);
  return { heap, rt, box, boxProto };
}

describe('runtime: native constructors', function () {
  it('new Native(args) calls construct with newTarget = the native', function () {
    const { rt, box, boxProto } = setup();
    const r = rt.construct([Tag.Ptr, box], [[Tag.Int32, 5]], [Tag.Ptr, box], 'Box');
    assert.strictEqual(r[0], Tag.Ptr);
    assert.strictEqual(rt.objects.protoOf(r[1]), boxProto);
    assert.ok(rt.objects.getOwn(r[1], 'value'));
    assert.deepStrictEqual([rt.objects.rhi, rt.objects.rlo], [Tag.Int32, 5]);
    assert.ok(rt.instanceOf(r, [Tag.Ptr, box]));
  });

  it('super(...) in a class extending a native constructs with newTarget = the derived class', function () {
    const { heap, rt, box, boxProto } = setup();
    const derived = heap.allocFunction(0, 0, Tag.Undefined, 0);
    rt.functionKind = () => 'derived-class';
    const proto = rt.defineClass([Tag.Ptr, derived], [Tag.Ptr, box]);
    assert.strictEqual(rt.objects.protoOf(proto[1]), boxProto);
    assert.strictEqual(rt.objects.protoOf(derived), box, 'static inheritance: the class inherits from the native');
    const inst = rt.superConstruct([Tag.Ptr, derived], [Tag.Ptr, derived], [[Tag.Int32, 7]]);
    assert.strictEqual(rt.objects.protoOf(inst[1]), proto[1]);
    assert.ok(rt.instanceOf(inst, [Tag.Ptr, derived]));
    assert.ok(rt.instanceOf(inst, [Tag.Ptr, box]));
  });

  it('a native without construct is not a constructor', function () {
    const { rt } = setup();
    const plain = rt.installNative({ name: 'plain', fn: () => [Tag.Undefined, 0] });
    assert.throws(() => rt.construct([Tag.Ptr, plain], [], [Tag.Ptr, plain], 'plain'), /plain is not a constructor/);
  });

  it('bumps the prototype epoch only for objects used as prototypes', function () {
    const { rt } = setup();
    const o = rt.objects;
    const proto = o.allocObject();
    const plain = o.allocObject();
    o.setOwn(plain, 'a', Tag.Int32, 1);
    const e0 = o.protoEpoch;
    o.allocObject(proto); // now proto is some shape's prototype
    o.setOwn(plain, 'b', Tag.Int32, 1);
    assert.strictEqual(o.protoEpoch, e0);
    o.setOwn(proto, 'm', Tag.Int32, 1);
    assert.notStrictEqual(o.protoEpoch, e0);
    const e1 = o.protoEpoch;
    o.deleteOwn(proto, 'm');
    assert.notStrictEqual(o.protoEpoch, e1);
  });
});
