// fromIndex / start / end arguments go through ToIntegerOrInfinity: NaN and -0 are 0,
// fractions truncate toward zero, ±Infinity clamp, objects convert through valueOf; an
// explicit undefined fromIndex of lastIndexOf is 0 (not "absent").
const a = [true, 1, 'x', 1, NaN, -0, undefined];
const froms = [undefined, NaN, -0, 0, 0.9, 1.5, -1.5, 2.999, -2, 3, 100, -100, Infinity, -Infinity,
  '2', '', null, true, [], [3], { valueOf() { return 2; } }];
for (const f of froms) {
  console.log(String(f), a.indexOf(1, f), a.lastIndexOf(1, f), a.includes(1, f), a.includes(NaN, f),
    a.indexOf(NaN, f), a.lastIndexOf(true, f), a.slice(f).length, a.slice(0, f).length);
}
console.log([true].lastIndexOf(true, -Infinity), [true].lastIndexOf(true, Infinity), [true].lastIndexOf(true, -1), [true].lastIndexOf(true, -2));
console.log([1, 2, 1].lastIndexOf(1), [1, 2, 1].lastIndexOf(1, undefined), [1, 2, 1].lastIndexOf(1, -1), [1, 2, 1].lastIndexOf(1, -3));
console.log([0].indexOf(-0), [-0].includes(0), [NaN].indexOf(NaN), [NaN].includes(NaN), [NaN].lastIndexOf(NaN));
console.log(['a', 'b'].indexOf('b'), ['a', 'b' + ''].includes('ab'.slice(1)), [1, '1'].indexOf('1'), [null].indexOf(undefined), [, 1].indexOf(undefined), [, 1].includes(undefined));
const obj = {};
console.log([{}, obj].indexOf(obj), [obj].includes({}), [obj, obj].lastIndexOf(obj));
// Empty arrays answer before converting fromIndex
let converted = 0;
const spy = { valueOf() { converted++; return 0; } };
console.log([].indexOf(1, spy), [].lastIndexOf(1, spy), [].includes(1, spy), converted);
console.log([5].indexOf(5, spy), [5].lastIndexOf(5, spy), [5].includes(5, spy), converted);
// fill / splice / slice with the same kinds of arguments
console.log([0, 0, 0, 0].fill(1, -0, 2.5), [0, 0, 0, 0].fill(2, NaN, -1), [0, 0, 0].fill(3, -Infinity, Infinity));
const s = [1, 2, 3, 4, 5];
console.log(s.splice(1.7, { valueOf() { return 2; } }), s, [1, 2, 3].splice(-Infinity, NaN), [1, 2, 3].splice(Infinity));
// hot: the same calls from compiled code
let hits = 0;
for (let i = 0; i < 500; i++) {
  const arr = [i, i + 1, i];
  hits += arr.indexOf(i, i % 3 === 0 ? spy : 1) + arr.lastIndexOf(i, i % 5 === 0 ? -Infinity : -1) + (arr.includes(i + 1, 1.5) ? 1 : 0);
}
console.log(hits, converted);
