// When no conversion method gives a primitive, node throws TypeError "Cannot convert object
// to primitive value"; an exception thrown by valueOf/toString propagates to the caller's
// try/catch, in interpreted and in compiled code alike.
function attempt(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', typeof e === 'string' ? 'a string: ' + e : e.name, e instanceof TypeError, e.message);
  }
}
var noPrimitive = { valueOf() { return {}; }, toString() { return []; } };
var notCallable = { valueOf: 1, toString: 'no' };
var nulls = { valueOf: null, toString: null };
var throwsValue = { valueOf() { throw new RangeError('from valueOf'); } };
var throwsString = { toString() { throw new Error('from toString'); } };
var throwsPlain = { valueOf() { throw 'a string'; } };

attempt('+noPrimitive', () => +noPrimitive);
attempt('noPrimitive + 1', () => noPrimitive + 1);
attempt('`${noPrimitive}`', () => `${noPrimitive}`);
attempt('noPrimitive == 1', () => noPrimitive == 1);
attempt('noPrimitive == noPrimitive', () => noPrimitive == noPrimitive);
attempt('noPrimitive == null', () => noPrimitive == null);
attempt('noPrimitive < 1', () => noPrimitive < 1);
attempt('notCallable * 2', () => notCallable * 2);
attempt('String(nulls)', () => String(nulls));
attempt('isNaN(nulls)', () => isNaN(nulls));
attempt('Math.abs(nulls)', () => Math.abs(nulls));
attempt("'abc'.charAt(nulls)", () => 'abc'.charAt(nulls));
attempt('[nulls].join()', () => [nulls].join());
attempt('[1].indexOf(1, nulls)', () => [1].indexOf(1, nulls));
attempt('o[nulls]', () => ({})[nulls]);
attempt('throwsValue - 1', () => throwsValue - 1);
attempt('throwsValue < 1', () => throwsValue < 1);
attempt('-throwsValue', () => -throwsValue);
attempt('String(throwsString)', () => String(throwsString));
attempt("'' + throwsString", () => '' + throwsString);
attempt('throwsPlain | 0', () => throwsPlain | 0);
attempt('Number(throwsPlain)', () => Number(throwsPlain));
attempt('JSON.stringify', () => JSON.stringify({ a: { toJSON() { throw new Error('from toJSON'); } } }));
attempt('the right operand is not converted after the left throws', () => {
  var touched = false;
  var right = { valueOf() { touched = true; return 1; } };
  try { return throwsValue + right; } finally { console.log('touched', touched); }
});

// hot functions: the exception unwinds compiled frames into the caller's handler
function sub(x, y) { return x - y; }
function less(x, y) { return x < y; }
function str(x) { return `<${x}>`; }
var caught = 0;
for (var i = 0; i < 400; i++) {
  try {
    sub(i, 1);
    less(i, 2);
    str(i);
    if (i % 97 === 0) sub(throwsValue, 1);
    if (i % 89 === 0) less(1, noPrimitive);
    if (i % 83 === 0) str(throwsString);
  } catch (e) {
    caught++;
  }
}
console.log('caught', caught);
function nested(x) {
  try {
    return sub(x, 1);
  } catch (e) {
    return 'nested caught ' + e.message;
  }
}
for (var j = 0; j < 100; j++) nested(j);
console.log(nested(throwsValue), nested(5));
