// An error made in a Promise executor lists V8's `new Promise (<anonymous>)` frame between
// the executor and the code that made the promise; callbacks the executor runs in turn
// (forEach) do not get it, and neither does a thenable's then run by a Promise job.
const show = (e) => console.log(e.stack.split('\n').slice(1, 4).join('\n'));
new Promise(function exec() { throw new Error('thrown in executor'); }).catch(show);
new Promise(() => { [1].forEach(() => { show(new Error('nested callback')); }); });
function make() { return new Promise((resolve) => { show(new Error('in executor')); resolve(); }); }
make();
Promise.resolve({ then(resolve) { show(new Error('thenable')); resolve(1); } });
