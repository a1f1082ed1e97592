// WeakMap, WeakSet, WeakRef and FinalizationRegistry. Each is an object with a collection's entry store
// (collections.ts: same lookups by identity), but registered here as weak, so the GC treats
// its entries as ephemerons (gc.ts: an entry's value lives only while its key does, and the
// entry is cleared when the key dies). A WeakSet's entries are (value, value); a WeakRef is a
// store of one entry (target, target) that deref() reads. As the spec's KeepDuringJob asks,
// a WeakRef's target stays alive until the current job's microtask checkpoint after the
// WeakRef is made or dereferenced (the kept list is a GC root cleared when the queues drain).
//
// A FinalizationRegistry's store maps each registered target to a cell number; its cells (the
// held value and unregister token of each registration) are a strong array under a private
// key. When the GC clears an entry (its target died) the cell is queued, and after the
// collection the registry's callback is called with the held value as a task of its own.
// (Tokens are held strongly until their registration ends.)
//
// Keys must be objects (or symbols that are not registered with Symbol.for): node's
// TypeErrors otherwise. The weak objects are not iterable and have no size, as in node.

import { describeReceiver } from './collections';
import { KilnThrow } from './errors';
import { addEntriesFromIterable } from './library-wiring';
import { Tag } from './layout';
import { newPrivateKey } from './private-names';
import type { NativeMethod, RuntimeCore } from './runtime-core';
import { PropFlag } from './shapes';
import type { Word } from './word';

const UNDEF: Word = [Tag.Undefined, 0];
const bool = (b: boolean): Word => [Tag.Bool, b ? 1 : 0];

export type WeakKind = 'WeakMap' | 'WeakSet' | 'WeakRef' | 'FinalizationRegistry';

const CELLS_KEY = newPrivateKey('[[Cells]]');
const CLEANUP_KEY = newPrivateKey('[[CleanupCallback]]');

export class WeakCollections {
  /** Weak objects → their kind (dropped when the GC frees them). */
  private readonly weak = new Map<number, WeakKind>();
  /** Targets kept alive until the end of the current job (KeepDuringJob). */
  private kept: number[] = [];
  readonly protos: Record<WeakKind, number>;

  constructor(private readonly rt: RuntimeCore) {
    const o = rt.objects;
    this.protos = { WeakMap: o.allocObject(), WeakSet: o.allocObject(), WeakRef: o.allocObject(), FinalizationRegistry: o.allocObject() };
  }

  /** Is `at` a WeakMap, WeakSet or WeakRef (for the GC)? */
  isWeak(at: number): boolean {
    return this.weak.has(at);
  }

  /** The weak kind of value w, if it is one. */
  kindOf(w: Word): WeakKind | undefined {
    return w[0] === Tag.Ptr ? this.weak.get(w[1]) : undefined;
  }

  /** A host object of the same kind (node prints `WeakMap { <items unknown> }`), or undefined
   *  when `at` is no weak object. */
  mirror(at: number): object | undefined {
    switch (this.weak.get(at)) {
      case 'WeakMap': return new WeakMap();
      case 'WeakSet': return new WeakSet();
      case 'WeakRef': return new WeakRef({});
      case 'FinalizationRegistry': return new FinalizationRegistry(() => {});
      default: return undefined;
    }
  }

  /** CanBeHeldWeakly(v): an object, or a symbol not in the global registry. */
  private canBeHeldWeakly(v: Word): boolean {
    if (this.rt.isObjectWord(v)) return true;
    return this.rt.isSymbol(v) && this.rt.symbols.keyFor(v[1]) === undefined;
  }

  private create(kind: WeakKind, newTarget: Word): number {
    const rt = this.rt;
    const at = rt.objects.allocObject(rt.prototypeForNew(newTarget) || this.protos[kind]);
    rt.collections.attachStore(at);
    this.weak.set(at, kind);
    return at;
  }

  private receiver(self: Word, kind: WeakKind, method: string): number {
    if (this.kindOf(self) !== kind) {
      throw new KilnThrow('TypeError', `Method ${kind}.prototype.${method} called on incompatible receiver ${describeReceiver(this.rt.collections, self[0], self[1])}`);
    }
    return self[1];
  }

  private keep(at: number): void {
    this.kept.push(at);
  }

  /** Registrations whose targets died in the collection running now: (registry, cell). */
  private dying: [number, number][] = [];
  /** The entry stores of the registries, found once per collection (at its first cleared
   *  entry; null again after it). */
  private registryStores: Map<number, number> | null = null;

  /** The GC cleared an entry of a weak store (before the sweep: nothing is allocated here).
   *  Only a registry's entries matter: their values are cell numbers. */
  entryCleared(store: number, hi: number, lo: number): void {
    if (hi !== Tag.Int32) return;
    if (this.registryStores === null) {
      this.registryStores = new Map();
      for (const [at, kind] of this.weak) if (kind === 'FinalizationRegistry') this.registryStores.set(this.rt.collections.entryStore(at), at);
    }
    const registry = this.registryStores.get(store);
    if (registry !== undefined) this.dying.push([registry, lo]);
  }

  /** After a collection: each dead target's registration ends and its (still live)
   *  registry's callback is queued with the held value. */
  finalize(): void {
    this.registryStores = null;
    if (this.dying.length === 0) return;
    const dying = this.dying;
    this.dying = [];
    const o = this.rt.objects;
    for (const [at, cell] of dying) {
      if (!this.weak.has(at)) continue; // the registry died in the same collection
      o.getOwn(at, CELLS_KEY);
      const cells = o.rlo;
      o.getElement(cells, 2 * cell);
      const held: [number, number] = [o.rhi, o.rlo];
      o.setElement(cells, 2 * cell, Tag.Undefined, 0);
      o.setElement(cells, 2 * cell + 1, Tag.Undefined, 0);
      o.getOwn(at, CLEANUP_KEY);
      this.rt.deferCallback([o.rhi, o.rlo], [held]);
    }
  }

  /** The end of a job (the queues drained): kept targets may die again. */
  clearKept(): void {
    this.kept = [];
  }

  private constructorOf(kind: WeakKind): NativeMethod {
    return {
      name: kind, length: kind === 'WeakRef' || kind === 'FinalizationRegistry' ? 1 : 0,
      fn: () => {
        throw new KilnThrow('TypeError', `Constructor ${kind} requires 'new'`);
      },
      construct: (rt, args, newTarget) => {
        const arg = args[0] ?? UNDEF;
        if (kind === 'FinalizationRegistry') {
          if (!rt.isCallable(arg)) throw new KilnThrow('TypeError', 'FinalizationRegistry: cleanup must be callable');
          const at = this.create(kind, newTarget);
          rt.heap.pushHandle(at);
          try {
            rt.objects.defineOwn(at, CLEANUP_KEY, arg[0], arg[1], PropFlag.NonEnumerable);
            rt.objects.defineOwn(at, CELLS_KEY, Tag.Ptr, rt.newArray([])[1], PropFlag.NonEnumerable);
          } finally {
            rt.heap.popHandle();
          }
          return [Tag.Ptr, at];
        }
        if (kind === 'WeakRef') {
          if (!this.canBeHeldWeakly(arg)) throw new KilnThrow('TypeError', 'WeakRef: invalid target');
          const at = this.create(kind, newTarget);
          rt.collections.set(at, arg[0], arg[1], arg[0], arg[1]);
          this.keep(arg[1]);
          return [Tag.Ptr, at];
        }
        const at = this.create(kind, newTarget);
        addEntriesFromIterable(rt, [Tag.Ptr, at], kind, arg);
        return [Tag.Ptr, at];
      },
    };
  }

  private methods(kind: WeakKind): NativeMethod[] {
    const c = this.rt.collections;
    const key = (args: Word[]): Word => args[0] ?? UNDEF;
    if (kind === 'FinalizationRegistry') return this.registryMethods();
    if (kind === 'WeakRef') {
      return [{
        name: 'deref', length: 0,
        fn: (_rt, self) => {
          const at = this.receiver(self, kind, 'deref');
          for (let e = 0, n = c.used(at); e < n; e++) {
            if (!c.entry(at, e)) continue;
            this.keep(c.klo);
            return [c.khi, c.klo];
          }
          return UNDEF;
        },
      }];
    }
    const has: NativeMethod = {
      name: 'has', length: 1,
      fn: (_rt, self, args) => {
        const at = this.receiver(self, kind, 'has');
        const k = key(args);
        return bool(this.canBeHeldWeakly(k) && c.has(at, k[0], k[1]));
      },
    };
    const del: NativeMethod = {
      name: 'delete', length: 1,
      fn: (_rt, self, args) => {
        const at = this.receiver(self, kind, 'delete');
        const k = key(args);
        return bool(this.canBeHeldWeakly(k) && c.delete(at, k[0], k[1]));
      },
    };
    if (kind === 'WeakSet') {
      const add: NativeMethod = {
        name: 'add', length: 1,
        fn: (_rt, self, args) => {
          const at = this.receiver(self, kind, 'add');
          const v = key(args);
          if (!this.canBeHeldWeakly(v)) throw new KilnThrow('TypeError', `Invalid value used in weak set`);
          c.set(at, v[0], v[1], v[0], v[1]);
          return self;
        },
      };
      return [del, has, add];
    }
    return [del, {
      name: 'get', length: 1,
      fn: (_rt, self, args) => {
        const at = this.receiver(self, kind, 'get');
        const k = key(args);
        if (!this.canBeHeldWeakly(k) || !c.get(at, k[0], k[1])) return UNDEF;
        return [c.rhi, c.rlo];
      },
    }, {
      name: 'set', length: 2,
      fn: (_rt, self, args) => {
        const at = this.receiver(self, kind, 'set');
        const k = key(args);
        if (!this.canBeHeldWeakly(k)) throw new KilnThrow('TypeError', 'Invalid value used as weak map key');
        const v = args[1] ?? UNDEF;
        c.set(at, k[0], k[1], v[0], v[1]);
        return self;
      },
    }, has];
  }

  /** register(target, held, token) and unregister(token). */
  private registryMethods(): NativeMethod[] {
    const rt = this.rt;
    const o = rt.objects;
    const cellsOf = (at: number): number => (o.getOwn(at, CELLS_KEY), o.rlo);
    const invalidToken = (token: Word): KilnThrow => new KilnThrow('TypeError', `Invalid unregisterToken ('${rt.toStringValue(token)}')`);
    return [{
      name: 'register', length: 2,
      fn: (_rt, self, args) => {
        const at = this.receiver(self, 'FinalizationRegistry', 'register');
        const target = args[0] ?? UNDEF;
        const held = args[1] ?? UNDEF;
        const token = args[2] ?? UNDEF;
        if (!this.canBeHeldWeakly(target)) throw new KilnThrow('TypeError', 'FinalizationRegistry.prototype.register: invalid target');
        if (held[0] === target[0] && held[1] === target[1]) throw new KilnThrow('TypeError', 'FinalizationRegistry.prototype.register: target and holdings must not be same');
        if (token[0] !== Tag.Undefined && !this.canBeHeldWeakly(token)) throw invalidToken(token);
        const cells = cellsOf(at);
        const cell = o.arrayLength(cells) / 2;
        o.push(cells, held[0], held[1]);
        o.push(cells, token[0], token[1]);
        // A target registered twice keeps its last cell in the store (node calls back once
        // per registration; kiln once per target: a documented difference).
        rt.collections.set(at, target[0], target[1], Tag.Int32, cell);
        return UNDEF;
      },
    }, {
      name: 'unregister', length: 1,
      fn: (_rt, self, args) => {
        const at = this.receiver(self, 'FinalizationRegistry', 'unregister');
        const token = args[0] ?? UNDEF;
        if (!this.canBeHeldWeakly(token)) throw invalidToken(token);
        const cells = cellsOf(at);
        const removed = new Set<number>();
        for (let i = 0, n = o.arrayLength(cells) / 2; i < n; i++) {
          o.getElement(cells, 2 * i + 1);
          if (o.rhi !== token[0] || o.rlo !== token[1]) continue;
          o.setElement(cells, 2 * i, Tag.Undefined, 0);
          o.setElement(cells, 2 * i + 1, Tag.Undefined, 0);
          removed.add(i);
        }
        if (removed.size === 0) return [Tag.Bool, 0];
        const c = rt.collections;
        for (let e = 0, n = c.used(at); e < n; e++) {
          if (c.entry(at, e) && c.rhi === Tag.Int32 && removed.has(c.rlo)) c.delete(at, c.khi, c.klo);
        }
        return [Tag.Bool, 1];
      },
    }];
  }

  /** Makes the constructors (returned, to be made global) and their prototypes. */
  install(native: (m: NativeMethod) => number, installMethods: (holder: number, methods: readonly NativeMethod[]) => void, toStringTagKey: string): [WeakKind, number][] {
    const rt = this.rt;
    const o = rt.objects;
    return (['WeakMap', 'WeakSet', 'WeakRef', 'FinalizationRegistry'] as const).map((kind): [WeakKind, number] => {
      const proto = this.protos[kind];
      const ctor = native(this.constructorOf(kind));
      rt.props.define(ctor, 'prototype', Tag.Ptr, proto, PropFlag.NonEnumerable | PropFlag.ReadOnly | PropFlag.NonConfigurable);
      o.defineOwn(proto, 'constructor', Tag.Ptr, ctor, PropFlag.NonEnumerable);
      installMethods(proto, this.methods(kind));
      o.defineOwn(proto, toStringTagKey, Tag.Ptr, rt.heap.internString(kind), PropFlag.NonEnumerable | PropFlag.ReadOnly);
      return [kind, ctor];
    });
  }

  /** The prototypes and the kept targets. */
  roots(): number[] {
    return [...Object.values(this.protos), ...this.kept];
  }

  /** After a sweep: forget the weak objects that died. */
  dropDead(isLive: (at: number) => boolean): void {
    for (const at of this.weak.keys()) if (!isLive(at)) this.weak.delete(at);
  }
}
