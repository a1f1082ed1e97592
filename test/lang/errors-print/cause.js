// `cause` is printed as [cause]: the whole chain, nested errors with their stacks.
const inner = new TypeError('inner failure');
const outer = new Error('outer failure', { cause: inner });
console.log(outer);
console.log(outer.cause === inner);
const primitiveCause = new Error('with a string cause', { cause: 'because' });
console.log(primitiveCause);
const undefinedCause = new Error('undefined cause', { cause: undefined });
console.log(undefinedCause);
console.log('cause' in undefinedCause, undefinedCause.cause);
const noCause = new Error('no cause', {});
console.log('cause' in noCause);
const objectCause = new RangeError('object cause', { cause: { code: 42, list: [1, 2] } });
console.log(objectCause);
const notAnObject = new Error('options not an object', 'cause');
console.log('cause' in notAnObject);
function level(n) {
  if (n === 0) return new Error('root');
  return new Error('level ' + n, { cause: level(n - 1) });
}
console.log(level(3));
