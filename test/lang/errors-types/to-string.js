// Error.prototype.toString: name (default 'Error') and message (default ''), joined by ': '
// unless one of them is empty.
const e = new Error('msg');
console.log(e.toString());
e.name = '';
console.log(JSON.stringify(e.toString()));
e.name = 'Custom';
e.message = '';
console.log(e.toString());
e.name = undefined;
e.message = 'only message';
console.log(e.toString());
const both = new Error();
both.name = '';
console.log(JSON.stringify(both.toString()));
const o = { name: 'Plain', message: 'object', toString: Error.prototype.toString };
console.log(o.toString());
const numbers = { name: 42, message: 7, toString: Error.prototype.toString };
console.log(numbers.toString());
const missing = { toString: Error.prototype.toString };
console.log(missing.toString());
console.log(`${new TypeError('in template')}`);
console.log('' + new RangeError('concat'));
console.log(String(new URIError()));
