// forEach with a callback that is not a function: node's TypeError.
const s = new Set([1]);
console.log(s.size);
s.forEach('nope');
