// Every native error type: name on its prototype, message own only when given, called with
// or without new, instanceof across the family, the prototype chain.
const types = [Error, TypeError, RangeError, ReferenceError, SyntaxError, EvalError, URIError];
for (const T of types) {
  const withNew = new T('m');
  const withoutNew = T('m');
  console.log(T.name, withNew.name, withNew.message, withoutNew.name, withoutNew.message);
  console.log(withNew instanceof T, withNew instanceof Error, withoutNew instanceof T);
  console.log(T.prototype.name, JSON.stringify(T.prototype.message), T.prototype.constructor === T);
  console.log(Object.getPrototypeOf(withNew) === T.prototype, T === Error || Object.getPrototypeOf(T.prototype) === Error.prototype);
  console.log(Object.keys(withNew).length, 'message' in new T(), 'stack' in withNew);
}
console.log(new TypeError('x') instanceof RangeError, new RangeError('x') instanceof TypeError);
console.log(new EvalError('x') instanceof URIError, new AggregateError([]) instanceof Error);
console.log(AggregateError.prototype.name, Object.getPrototypeOf(AggregateError.prototype) === Error.prototype);
const converted = new Error(12345);
console.log(typeof converted.message, converted.message);
const fromObject = new Error({ toString() { return 'from toString'; } });
console.log(fromObject.message);
const undefinedMessage = new Error(undefined);
console.log(JSON.stringify(undefinedMessage.message), Object.keys(undefinedMessage));
console.log(typeof Error.captureStackTrace, Error.stackTraceLimit);
