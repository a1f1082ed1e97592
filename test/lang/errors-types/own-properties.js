// Own properties of errors: stack and message are own and not enumerable (Object.keys sees
// neither), name lives on the prototype until assigned, assignments make own enumerable ones.
const e = new Error('m');
console.log(Object.keys(e), 'stack' in e, 'message' in e, 'name' in e);
e.code = 'E1';
e.name = 'Renamed';
console.log(Object.keys(e));
for (const k in e) console.log('for-in', k);
console.log(JSON.stringify(e));
const copy = Object.assign({}, e);
console.log(copy);
e.message = 'changed';
console.log(e.message, Object.keys(e));
e.stack = 'replaced stack';
console.log(e.stack, Object.keys(e));
console.log(e);
delete e.stack;
console.log(e.stack, 'stack' in e);
const assigned = Object.assign({}, new TypeError('t'));
console.log(assigned);
