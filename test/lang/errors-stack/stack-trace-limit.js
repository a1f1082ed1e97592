// Error.stackTraceLimit bounds the frames of errors made after it is set; 0 leaves only the
// header; a value that is not a number makes errors without a stack.
function deep(n) { return n === 0 ? new Error('deep') : deep(n - 1); }
console.log(deep(20).stack.split('\n').length);
Error.stackTraceLimit = 3;
console.log(deep(20).stack.split('\n').length);
console.log(deep(20));
Error.stackTraceLimit = 0;
console.log(JSON.stringify(deep(5).stack));
console.log(deep(5));
try { null.x; } catch (e) { console.log(JSON.stringify(e.stack)); }
Error.stackTraceLimit = 1;
try { deep(3).missing.x; } catch (e) { console.log(e.stack); }
Error.stackTraceLimit = 'none';
const without = new Error('no stack');
console.log('stack' in without, without.stack);
console.log(without);
Error.stackTraceLimit = 50;
console.log(deep(40).stack.split('\n').length);
