// Array.prototype's reading methods called on array-likes: strings, objects with length,
// `arguments`, with absent indices read as holes (skipped by the callbacks, undefined where
// read), length converted (ToLength), the receiver itself passed to callbacks;
// null/undefined receivers are TypeErrors. (The writing methods — push, splice, sort, ... — on
// a non-array are not supported yet: a TypeError that says so.)
const { map, filter, join, slice, indexOf, includes, reduce, forEach, some, every, find, at, flat, toReversed, lastIndexOf } = Array.prototype;
console.log(map.call('abc', (c) => c.toUpperCase()), filter.call('a1b2', (c) => c >= '0' && c <= '9'), join.call('xyz', '-'), slice.call('hello', 1, 3));
const like = { length: 4, 0: 'a', 2: 'c', 3: 'd', 9: 'ignored' };
console.log(slice.call(like), join.call(like), indexOf.call(like, 'c'), includes.call(like, undefined), lastIndexOf.call(like, 'a'));
console.log(map.call(like, (v, i, o) => `${v}${i}${o === like}`), reduce.call(like, (acc, v) => acc + v, '>'), at.call(like, -1), toReversed.call(like));
const visited = []; forEach.call(like, (v, i) => visited.push(i)); console.log(visited);
console.log(some.call({ length: 2, 0: 1, 1: 5 }, (x) => x > 4), every.call({ length: '2', 0: 1, 1: 5 }, (x) => x > 0), find.call({ length: 1.9, 0: 'f' }, () => true));
console.log(slice.call({ length: -3, 0: 1 }), slice.call({}), slice.call({ length: { valueOf() { return 2; } }, 0: 'v', 1: 'w' }), flat.call({ length: 2, 0: [1, 2], 1: 3 }));
function args() { return [slice.call(arguments, 1), map.call(arguments, (x) => x * 2), Array.prototype.concat.apply([], arguments)]; }
console.log(args(1, 2, 3));
console.log(Array.prototype.map.call(5, (x) => x), join.call(true), Array.from.call(null, 'ab'));
for (const bad of [null, undefined]) { try { map.call(bad, (x) => x); } catch (e) { console.log(e.constructor.name, e.message); } }
