// The Proxy global: the constructor (ProxyCreate), Proxy.revocable and its revoke functions,
// and the two natives every callable proxy is a function object of — one whose [[Construct]]
// exists (a constructor target) and one without — which send calls and `new` to the proxy's
// apply and construct traps (proxies.ts). Built on first use of the name `Proxy` (a lazy
// group of runtime.ts), which is also when the property operations learn of proxies.

import { KilnThrow } from './errors';
import { Tag } from './layout';
import { withHandles } from './object-reflection';
import { newPrivateKey } from './private-names';
import { Proxies } from './proxies';
import type { NativeMethod, RuntimeCore } from './runtime-core';
import { PropFlag } from './shapes';
import type { Word } from './word';

/** The revoke function's reference to its proxy (null once it has revoked it). */
const REVOKES_KEY = newPrivateKey('[[RevocableProxy]]');
const SHARED_KEYS = ['[[ProxyCall]]', '[[ProxyConstruct]]', '[[ProxyRevoke]]'].map(newPrivateKey);
const UNDEF: Word = [Tag.Undefined, 0];

/** Makes the Proxy constructor (connecting the proxies to the property operations) and
 *  returns its function object. */
export function installProxy(rt: RuntimeCore, native: (m: NativeMethod) => number, installMethods: (holder: number, methods: readonly NativeMethod[]) => void): number {
  const proxies = new Proxies(rt);
  rt.props.proxies = proxies;
  const callable = native({ name: '', fn: (_rt, self, args, callee) => proxies.callProxy(callee, self, args) });
  const constructible = native({
    name: '',
    fn: (_rt, self, args, callee) => proxies.callProxy(callee, self, args),
    construct: (_rt, args, newTarget, callee) => proxies.constructProxy(callee, args, newTarget),
  });

  /** ProxyCreate(target, handler). */
  const create = (target: Word, handler: Word): Word => {
    if (!rt.isObjectWord(target) || !rt.isObjectWord(handler)) throw new KilnThrow('TypeError', 'Cannot create proxy with a non-object as target or handler');
    return withHandles(rt, [target, handler], () => {
      if (!rt.isCallable(target)) return [Tag.Ptr, proxies.newRecord(target, handler)] as Word;
      const fn = rt.cloneFunction(rt.isConstructor(target) ? constructible : callable);
      rt.heap.pushHandle(fn);
      try {
        rt.objects.replaceFunctionProperties(fn, proxies.newRecord(target, handler));
      } finally {
        rt.heap.popHandle();
      }
      return [Tag.Ptr, fn] as Word;
    });
  };

  const revoker = native({
    name: '',
    fn: (_rt, _self, _args, callee) => {
      const o = rt.objects;
      const bag = o.functionProperties(callee, false);
      if (bag !== 0 && o.getOwn(bag, REVOKES_KEY) && o.rhi === Tag.Ptr) {
        const proxy = o.rlo;
        o.setOwn(bag, REVOKES_KEY, Tag.Null, 0);
        proxies.revoke(proxy);
      }
      return UNDEF;
    },
  });

  const ctor = native({
    name: 'Proxy',
    length: 2,
    fn: () => {
      throw new KilnThrow('TypeError', "Constructor Proxy requires 'new'");
    },
    construct: (_rt, args) => create(args[0] ?? UNDEF, args[1] ?? UNDEF),
  });
  // The shared natives are kept alive by the constructor (hidden properties): proxies and
  // revoke functions are clones of them, made from their function ids.
  const bag = rt.objects.functionProperties(ctor, true);
  for (const [i, fn] of [callable, constructible, revoker].entries()) rt.objects.defineOwn(bag, SHARED_KEYS[i], Tag.Ptr, fn, PropFlag.NonEnumerable);
  installMethods(ctor, [{
    name: 'revocable',
    length: 2,
    fn: (_rt, _self, args) => {
      const o = rt.objects;
      const proxy = create(args[0] ?? UNDEF, args[1] ?? UNDEF);
      return withHandles(rt, [proxy], () => {
        const revoke = rt.cloneFunction(revoker);
        rt.heap.pushHandle(revoke);
        try {
          o.setOwn(o.functionProperties(revoke, true), REVOKES_KEY, proxy[0], proxy[1]);
          const result = o.allocObject();
          o.setOwn(result, 'proxy', proxy[0], proxy[1]);
          o.setOwn(result, 'revoke', Tag.Ptr, revoke);
          return [Tag.Ptr, result] as Word;
        } finally {
          rt.heap.popHandle();
        }
      });
    },
  }]);
  return ctor;
}
