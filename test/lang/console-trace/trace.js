// console.trace: `Trace: <formatted>` and the stack from its caller, on stderr (the CLI test
// compares stderr with node's; here stdout interleaves): no arguments, format directives,
// frames of functions, methods, constructors and callbacks of natives, inside a group,
// Error.stackTraceLimit, and a program that replaces console.trace's receiver.
console.log('before');
console.trace();
console.trace('here %d and %s', 1, 'two', { a: [1, 2] });
function outer() { inner(); }
function inner() { console.trace('nested'); }
outer();
const obj = { method() { console.trace('method', this === obj); } };
obj.method();
class Shape { constructor() { console.trace('constructor'); } }
new Shape();
[1].forEach((x) => console.trace('callback', x));
console.group('grouped');
console.trace('indented');
console.groupEnd();
Error.stackTraceLimit = 1;
outer();
Error.stackTraceLimit = 0;
console.trace('no frames');
Error.stackTraceLimit = 10;
const { trace } = console;
trace('detached');
console.log(typeof console.trace, console.trace.name, console.trace.length, console.trace('returns'));
console.dirxml('dirxml %s', 'formats', { as: 'log' });
console.log('after');
