// A sloppy callback called with no thisArg gets the global object, as node gives it; a
// primitive thisArg is boxed for a sloppy callback and kept for a strict one.
function sloppy() { return this === globalThis ? 'global' : typeof this; }
function strict() { 'use strict'; return this === undefined ? 'undefined' : typeof this; }
let out;
for (let i = 0; i < 2500; i++) {
  out = [
    [1].map(sloppy)[0], [1].map(strict)[0],
    [1].map(sloppy, 5)[0], [1].map(strict, 5)[0],
    [1].map(sloppy, null)[0], [1].map(strict, null)[0],
    [1].filter(sloppy, 'x').length, [1].some(strict, true),
    [1, 2].reduce(function (a, b) { return a + (this === globalThis ? 1 : 0) + b; }),
  ].join();
}
console.log(out);
