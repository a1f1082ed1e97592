// Builtins convert object arguments in the language, with the hint the parameter asks
// for: numbers (Math, indices, counts) through valueOf first, strings through toString first.
var one = { valueOf() { return 1; } };
var two = { valueOf() { return 2; }, toString() { return 'b'; } };
var text = { toString() { return 'cd'; } };

console.log(isNaN(one), isNaN({}), isNaN([]), isNaN([1, 2]), isNaN(text));
console.log(String(one), String(two), String(text), String([1, [2, 3]]), String(function g() {}));
console.log(Number(one), Number(two), Number(text), Number([]), Number(['12']), Number({}));
console.log(parseInt(text), parseInt({ toString() { return '0x1f'; } }), parseFloat({ toString() { return '2.5e1'; } }));
console.log(parseInt('11', two), parseInt('ff', { valueOf() { return 16; } }));
console.log(Math.max(one, 0), Math.min(two, 5, one), Math.abs({ valueOf() { return -3; } }), Math.floor(two), Math.pow(two, two));
console.log(Math.hypot(one, one), Math.sqrt([16]), Math.max([]), Math.max({}), Math.round({ valueOf() { return 2.5; } }));
console.log(String.fromCharCode({ valueOf() { return 65; } }, 66));

// String.prototype methods
var s = 'abcdef';
console.log(s.charAt(one), s.charCodeAt(two), s.slice(one), s.slice(one, two), s.substring(two, one));
console.log(s.indexOf(text), s.indexOf('c', one), s.lastIndexOf(text, 5), s.includes(text), s.startsWith(text, two));
console.log(s.endsWith(text, { valueOf() { return 4; } }), s.at(one), s.at({ valueOf() { return -1; } }), s.codePointAt(one));
console.log(s.split(text), 'a,b,c'.split({ toString() { return ','; } }, two), s.repeat(two), 'x'.padStart(two, text), 'x'.padEnd(5, text));
console.log(s.concat(one, text, [1, 2], null), s.indexOf([]), s.slice([2]), s.charAt([]), s.charAt({}));
console.log(s.slice(NaN), s.slice(-0), s.slice(Infinity), s.slice(-Infinity), s.slice(1.9), s.substring(NaN, 2.7));
console.log((255).toString({ valueOf() { return 16; } }), (3.14159).toFixed(two), (1234.5).toPrecision({ valueOf() { return 2; } }));

// Array natives: fromIndex / start / end / count through valueOf
var a = [1, 2, 3, 2, 1];
console.log(a.indexOf(2, one), a.indexOf(2, two), a.lastIndexOf(2, { valueOf() { return 2; } }), a.includes(1, two));
console.log(a.slice(one, { valueOf() { return 3; } }), a.slice(text), a.join(text), a.join(one));
var b = [1, 2, 3, 4, 5];
console.log(b.splice(one, two), b);
console.log([0, 0, 0, 0].fill(7, one, { valueOf() { return 3; } }));

// property keys through toString
var obj = {};
obj[text] = 'keyed';
obj[one] = 'one?';
console.log(obj.cd, obj['[object Object]'], Object.keys(obj), text in obj, 'cd' in obj);
var arr = [10, 20, 30];
console.log(arr[{ toString() { return '1'; } }], arr[[2]]);

// template literals use the string hint; + uses the default hint
var hinted = { valueOf() { return 10; }, toString() { return 'ten'; } };
console.log(`${hinted}`, hinted + '', String(hinted), [hinted] + '', `${[hinted, hinted]}`);

// hot builtin calls with objects among numbers
var total = 0;
for (var i = 0; i < 200; i++) total += Math.max(i % 20 === 0 ? one : i, 3) + s.charAt(i % 9 === 0 ? one : 2).length;
console.log(total);
