// new Map with an iterable whose items are not entry objects throws node's TypeError.
const ok = new Map([[1, 2]]);
console.log(ok.get(1));
const bad = new Map([1, 2]);
console.log('never', bad);
