// Class instances convert through inherited toString/valueOf; Maps, Sets and their iterators,
// arrays (cyclic ones too) and errors give the text their builtin toString gives; object keys
// convert through toString; switch compares strictly (no conversion).
var o = { toString() { return 'msg' } };
console.log(new Error(o).message, String(new Error(o)));
var m = new Map([[1, 2]]);
console.log(String(m), `${new Set()}`, m + '', String(m.keys()));
console.log([1, [2, [3, [4]]]] + '', String([undefined, null]));
var cyc = [1, 2]; cyc.push(cyc); console.log(String(cyc), cyc.join('-'));
console.log(`${[1, 2]}`, [] + 1, [,] + '', [, 1] + '');
class A { toString() { return 'an A' } }
class B extends A { valueOf() { return 9 } }
console.log(`${new A()}`, new A() + '', new B() + 1, `${new B()}`, new B() > 8);
class C {}
console.log(`${new C()}`, new C() + '');
var e = new TypeError('bad');
console.log(e + '', `${e}`);
var k = {}; k[[1, 2]] = 'arr'; k[function(){}] = 'fn'; console.log(Object.keys(k));
switch (1) { case { valueOf() { return 1 } }: console.log('no'); break; default: console.log('strict'); }
