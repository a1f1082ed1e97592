// Modules keep private state in closures; exported functions share it.
const makeStack = require('./stack');
const s = makeStack();
const t = makeStack();
s.push(1); s.push(2); t.push(9);
console.log(s.size(), t.size(), s.pop(), s.size());
const reg = require('./registry');
reg.add('x'); reg.add('y');
console.log(require('./registry').list());
