// The stack's header is made at its first read with the name and message the error has then
// (V8 formats the stack lazily); later changes do not reach an already read stack.
const a = new Error('original');
a.name = 'Renamed';
a.message = 'changed before the first read';
console.log(a.stack.split('\n')[0]);
const b = new Error('read first');
const first = b.stack;
b.name = 'Later';
console.log(b.stack === first, b.stack.split('\n')[0]);
class Named extends Error {
  constructor(m) {
    super(m);
    this.name = 'Named';
  }
}
console.log(new Named('subclass').stack.split('\n')[0]);
const noMessage = new TypeError();
noMessage.message = 'set later';
console.log(noMessage.stack.split('\n')[0]);
const emptyName = new Error('only the message');
emptyName.name = '';
console.log(emptyName.stack.split('\n')[0]);
const assigned = new Error('x');
assigned.stack = 42;
console.log(assigned.stack, typeof assigned.stack);
