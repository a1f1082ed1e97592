// Shared helpers for the cross-language benchmark suite (bench/programs): the Benchmark base class
// that supplies innerBenchmarkLoop, a growable Vector, a hash Dictionary keyed by objects that
// answer hashCode()/equals(), and a small deterministic Random. Every benchmark uses these
// instead of engine-specific library features so that each engine runs the same algorithms on
// the same data structures.
'use strict';

// Base class: subclasses define benchmark() and verifyResult(result).
class Benchmark {
  innerBenchmarkLoop(innerIterations) {
    for (let i = 0; i < innerIterations; i++) {
      if (!this.verifyResult(this.benchmark())) return false;
    }
    return true;
  }
}

// A growable array with an explicit size, so benchmarks never depend on array holes or length tricks.
class Vector {
  constructor(capacity) {
    this.items = new Array(capacity === undefined ? 16 : capacity);
    this.count = 0;
  }

  static with(a, b, c) {
    const v = new Vector(4);
    if (a !== undefined) v.append(a);
    if (b !== undefined) v.append(b);
    if (c !== undefined) v.append(c);
    return v;
  }

  at(i) {
    return i < this.count ? this.items[i] : null;
  }

  atPut(i, value) {
    while (i >= this.items.length) this.grow();
    this.items[i] = value;
    if (i >= this.count) this.count = i + 1;
  }

  grow() {
    const bigger = new Array(this.items.length * 2 + 1);
    for (let i = 0; i < this.count; i++) bigger[i] = this.items[i];
    this.items = bigger;
  }

  append(value) {
    if (this.count >= this.items.length) this.grow();
    this.items[this.count] = value;
    this.count++;
  }

  size() {
    return this.count;
  }

  isEmpty() {
    return this.count === 0;
  }

  first() {
    return this.count === 0 ? null : this.items[0];
  }

  removeLast() {
    if (this.count === 0) return null;
    this.count--;
    const value = this.items[this.count];
    this.items[this.count] = null;
    return value;
  }

  removeAll() {
    this.items = new Array(this.items.length);
    this.count = 0;
  }

  forEach(fn) {
    for (let i = 0; i < this.count; i++) fn(this.items[i]);
  }

  hasSome(predicate) {
    for (let i = 0; i < this.count; i++) {
      if (predicate(this.items[i])) return true;
    }
    return false;
  }

  contains(value) {
    for (let i = 0; i < this.count; i++) {
      if (this.items[i] === value) return true;
    }
    return false;
  }
}

class DictionaryEntry {
  constructor(hash, key, value, next) {
    this.hash = hash;
    this.key = key;
    this.value = value;
    this.next = next;
  }
}

// A chained hash table; keys provide hashCode() (an int) and equals(other).
class Dictionary {
  constructor() {
    this.buckets = new Array(16);
    for (let i = 0; i < 16; i++) this.buckets[i] = null;
    this.count = 0;
  }

  bucketIndex(hash) {
    return (hash ^ (hash >>> 16)) & (this.buckets.length - 1);
  }

  findEntry(key) {
    const hash = key.hashCode();
    let e = this.buckets[this.bucketIndex(hash)];
    while (e !== null) {
      if (e.hash === hash && e.key.equals(key)) return e;
      e = e.next;
    }
    return null;
  }

  at(key) {
    const e = this.findEntry(key);
    return e === null ? null : e.value;
  }

  containsKey(key) {
    return this.findEntry(key) !== null;
  }

  atPut(key, value) {
    const e = this.findEntry(key);
    if (e !== null) {
      e.value = value;
      return;
    }
    const hash = key.hashCode();
    const index = this.bucketIndex(hash);
    this.buckets[index] = new DictionaryEntry(hash, key, value, this.buckets[index]);
    this.count++;
    if (this.count > this.buckets.length * 0.75) this.resize();
  }

  resize() {
    const old = this.buckets;
    this.buckets = new Array(old.length * 2);
    for (let i = 0; i < this.buckets.length; i++) this.buckets[i] = null;
    for (let i = 0; i < old.length; i++) {
      let e = old[i];
      while (e !== null) {
        const next = e.next;
        const index = this.bucketIndex(e.hash);
        e.next = this.buckets[index];
        this.buckets[index] = e;
        e = next;
      }
    }
  }

  size() {
    return this.count;
  }

  // Visits entries in bucket order (deterministic: depends only on hashes and insertion order).
  forEachEntry(fn) {
    for (let i = 0; i < this.buckets.length; i++) {
      let e = this.buckets[i];
      while (e !== null) {
        fn(e.key, e.value);
        e = e.next;
      }
    }
  }

  values() {
    const v = new Vector(this.count + 1);
    this.forEachEntry((k, value) => v.append(value));
    return v;
  }
}

// A 16-bit linear congruential generator with a fixed seed, so every run sees the same numbers.
class Random {
  constructor() {
    this.seed = 74755;
  }

  next() {
    this.seed = (this.seed * 1309 + 13849) & 65535;
    return this.seed;
  }
}

module.exports = { Benchmark: Benchmark, Vector: Vector, Dictionary: Dictionary, Random: Random };
