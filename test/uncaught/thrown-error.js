// An error thrown from a function, uncaught: source line, caret, stack, node's version line.
function fail(reason) {
  throw new Error('failed: ' + reason);
}
console.log('before');
fail('disk full');
