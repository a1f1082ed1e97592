// AggregateError(errors, message, options): `errors` (an own array copy) printed as [errors].
const first = new Error('first');
const agg = new AggregateError([first, new TypeError('second'), 3, 'four'], 'several failed');
console.log(agg);
console.log(agg.errors.length, agg.errors[0] === first, agg.message, agg.name);
const fromSet = new AggregateError(new Set([1, 2]), 'from a set');
console.log(fromSet.errors);
const withCause = new AggregateError([], 'empty', { cause: first });
console.log(withCause);
console.log(agg instanceof AggregateError, agg instanceof Error, String(agg));
const noMessage = new AggregateError([]);
console.log(noMessage, 'message' in noMessage, noMessage.message === '');
