// V8 shows no frame for a bound function: the target's frame follows its caller's (and a
// native that called it, such as forEach). The process object is tagged `process`, which
// names the frames of its methods (`process.<anonymous>`).
function target() { console.log(new Error('x').stack.split('\n').slice(1, 3).join('\n')); }
target.bind(null)();
const holder = { method: target.bind({}) };
holder.method();
[1].forEach(target.bind(null, 1));
const BoundMade = function Made() { target.call(this); }.bind(null);
new BoundMade();
console.log(Object.prototype.toString.call(process), String(process), process[Symbol.toStringTag]);
process.on('exit', function () { console.log(new Error('e').stack.split('\n')[1]); });
