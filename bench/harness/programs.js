// The benchmark programs the harness knows: name, kind and what each measures. The sources are
// bench/programs/<name>.js (one benchmark() per inner iteration, verified by verifyResult); the
// in-engine driver (bench/driver.js) has the same list with literal require()s.
'use strict';

const PROGRAMS = [
  { name: 'bounce', kind: 'classic', description: 'balls bouncing in a box: object fields, branches' },
  { name: 'cd', kind: 'classic', description: 'aircraft collision detection: vectors, a red-black tree, floats' },
  { name: 'deltablue', kind: 'classic', description: 'incremental constraint solver: polymorphic method calls' },
  { name: 'havlak', kind: 'classic', description: 'loop recognition on a control-flow graph: collections, union-find' },
  { name: 'json', kind: 'classic', description: 'a JSON parser written in JavaScript: strings, exceptions' },
  { name: 'list', kind: 'classic', description: 'linked-list recursion (Takeuchi on lists)' },
  { name: 'mandelbrot', kind: 'classic', description: 'Mandelbrot set: float arithmetic in tight loops' },
  { name: 'nbody', kind: 'classic', description: 'n-body simulation: float fields of objects' },
  { name: 'permute', kind: 'classic', description: 'array permutations by recursion' },
  { name: 'queens', kind: 'classic', description: 'eight queens by backtracking: boolean arrays' },
  { name: 'richards', kind: 'classic', description: 'OS task scheduler simulation: objects, virtual calls' },
  { name: 'sieve', kind: 'classic', description: 'sieve of Eratosthenes on a preallocated array' },
  { name: 'storage', kind: 'classic', description: 'a tree of arrays: allocation, GC' },
  { name: 'towers', kind: 'classic', description: 'towers of Hanoi with linked stacks of disks' },
  { name: 'array-sieve', kind: 'micro', description: 'sieve over an array grown by push' },
  { name: 'binary-trees', kind: 'micro', description: 'short-lived binary trees: allocation, GC' },
  { name: 'fib', kind: 'micro', description: 'recursive fib(25): calls and returns' },
  { name: 'float-loop', kind: 'micro', description: 'numerical integration: an unboxed float64 loop' },
  { name: 'property-access', kind: 'micro', description: 'monomorphic and polymorphic property access' },
  { name: 'string-build', kind: 'micro', description: 'string concatenation, charCodeAt, split' },
  { name: 'string-append', kind: 'micro', description: 'one long string built by += (ropes), read by charCodeAt' },
  { name: 'closure-helpers', kind: 'micro', description: 'closures made in hot methods, passed to forEach/map/reduce' },
  { name: 'holey-objects', kind: 'micro', description: 'new Array(n) filled with objects: holey keyed loads and stores' },
  { name: 'sum-to-n', kind: 'micro', description: 'an int32 loop: the warmup benchmark' },
];

function selectPrograms(names) {
  if (!names || names.length === 0) return PROGRAMS;
  const unknown = names.filter((n) => !PROGRAMS.some((p) => p.name === n));
  if (unknown.length) throw new Error(`unknown program ${unknown.join(', ')}; programs: ${PROGRAMS.map((p) => p.name).join(', ')}`);
  return PROGRAMS.filter((p) => names.includes(p.name));
}

module.exports = { PROGRAMS, selectPrograms };
