// Error.captureStackTrace(obj[, fn]) gives any object a stack (its header from the object's
// own name and message); fn leaves out the frames up to and including its own.
function lines(text, n) {
  return text.split('\n').slice(0, n).map((l) => l.trim()).join(' | ');
}
const target = {};
Error.captureStackTrace(target);
console.log(lines(target.stack, 2), Object.keys(target));
function inner(o) { Error.captureStackTrace(o); return o; }
function outer(o) { return inner(o); }
console.log(lines(outer({ name: 'Custom', message: 'captured' }).stack, 3));
function hidden(o) { Error.captureStackTrace(o, hidden); return o; }
function caller(o) { return hidden(o); }
console.log(lines(caller({ message: 'hidden' }).stack, 2));
class MyError extends Error {
  constructor(m) {
    super(m);
    this.name = 'MyError';
    Error.captureStackTrace(this, MyError);
  }
}
function thrower() { throw new MyError('recaptured'); }
try { thrower(); } catch (e) { console.log(lines(e.stack, 2)); console.log(e); }
const notOnStack = {};
Error.captureStackTrace(notOnStack, function unused() {});
console.log(JSON.stringify(notOnStack.stack));
