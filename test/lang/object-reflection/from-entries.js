// Object.fromEntries from arrays, Maps and entries() output.
console.log(Object.fromEntries([['a', 1], ['b', 2], [3, 'three']]));
console.log(Object.fromEntries(new Map([['x', 1], ['y', [1, 2]]])));
const src = { p: 1, q: 2 };
console.log(Object.fromEntries(Object.entries(src).map(([k, v]) => [k.toUpperCase(), v * 10])));
console.log(Object.fromEntries([['a', 1], ['a', 2]]));
try { Object.fromEntries([1]); } catch (e) { console.log(e.message); }
try { Object.fromEntries(1); } catch (e) { console.log(e.message); }
try { Object.fromEntries(null); } catch (e) { console.log(e.message); }
console.log(Object.getOwnPropertyDescriptor(Object.fromEntries([['k', 'v']]), 'k'));
