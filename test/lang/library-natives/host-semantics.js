// Library functions whose answers are the host's: the rest of Math, String.fromCodePoint,
// substr/localeCompare/normalize/toLocale*Case, toExponential, the URI functions,
// Object.hasOwn — with objects converted through valueOf/toString and the errors node gives.
const v = { valueOf() { console.log('valueOf'); return 0.5; } };
console.log(Math.cosh(1), Math.sinh(-2), Math.tanh(0.5), Math.acosh(2), Math.asinh(1), Math.atanh(0.5), Math.expm1(1e-10), Math.log1p(1e-10), Math.clz32(1), Math.clz32(-1), Math.clz32(0));
console.log(Math.tanh(v), Math.cosh(), Math.clz32('8'), Math.sinh(-0), Object.is(Math.tanh(-0), -0));
console.log(String.fromCodePoint(65, 0x1f600, 0x10ffff).length, String.fromCodePoint(), String.fromCodePoint('66'));
for (const bad of [-1, 0x110000, 1.5, NaN]) { try { String.fromCodePoint(bad); } catch (e) { console.log(e.constructor.name, e.message); } }
console.log('abcdef'.substr(2), 'abcdef'.substr(-3, 2), 'abcdef'.substr(1, -1), 'abc'.substr(5));
console.log(['b', 'a', 'C', 'é', 'e'].sort((x, y) => x.localeCompare(y)), 'a'.localeCompare('a'), 'a'.localeCompare('b'));
console.log('\u0041\u030a'.normalize() === '\u00c5', '\u00c5'.normalize('NFD').length, 'İ'.toLocaleLowerCase().length, 'ß'.toLocaleUpperCase());
try { 'x'.normalize('bad'); } catch (e) { console.log(e.constructor.name, e.message); }
console.log((123.456).toExponential(), (123.456).toExponential(2), (0).toExponential(), (-1e-7).toExponential(3), (1e21).toExponential(1), NaN.toExponential(2));
try { (1).toExponential(101); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(encodeURIComponent('a b&c/é?😀'), encodeURI('http://x.y/a b?q=1&r=é#h'), decodeURIComponent('a%20b%26%F0%9F%98%80'), decodeURI('%41%20%2F'));
console.log(escape('a b+é'), unescape('%u00e9%20x'), encodeURIComponent(12), encodeURIComponent({ toString() { return 'o k'; } }));
for (const f of [() => decodeURIComponent('%'), () => decodeURIComponent('%E0%A4%A'), () => encodeURIComponent('\ud800')]) {
  try { f(); } catch (e) { console.log(e.constructor.name, e.message, e instanceof URIError); }
}
console.log(Object.hasOwn({ a: 1 }, 'a'), Object.hasOwn({ a: 1 }, 'b'), Object.hasOwn([1], 0), Object.hasOwn([1], 'length'), Object.hasOwn(Object.create({ a: 1 }), 'a'), Object.hasOwn('ab', 1));
try { Object.hasOwn(null, 'a'); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Object.hasOwn.length, encodeURIComponent.length, String.fromCodePoint.length, Math.cosh.name);
console.log(['item10', 'item2', 'Item1'].sort((a, b) => a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' })), 'a'.localeCompare('A', 'en', { sensitivity: 'base' }));
