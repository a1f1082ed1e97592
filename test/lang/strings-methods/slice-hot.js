// s.slice(start[, end]) in compiled code: every kind of bound (negative, past the end, crossed,
// empty, whole), one-unit and wide results, odd and even lengths, ropes, a non-int32 bound
// (the deopt, then the generic call), a tokenizer loop, and enough copies to fill the
// allocation area many times (the interpreter's slice then takes the allocation path).
'use strict';
const texts = ['', 'a', 'ab', 'abc', 'hello world', 'héllo wörld ☃ and more', 'x'.repeat(300), 'ab'.repeat(150) + 'c'];
function cut(s, a, b) { return s.slice(a, b); }
function tail(s, a) { return s.slice(a); }
const bounds = [[0, 0], [0, 1], [1, 2], [0, 3], [2, 5], [-3, -1], [-100, 2], [3, 100], [5, 2], [-1, 0], [0, -1], [1, 1], [7, 12], [0, 1000], [-1000, 1000], [250, 301], [1, 300]];
let out;
for (let k = 0; k < 200; k++) { out = []; for (const t of texts) for (const [a, b] of bounds) out.push(cut(t, a, b)); }
console.log(JSON.stringify(out).length, out.slice(0, 40).join('|'));
console.log(out.map((s) => s.length).join(','));
let outs;
for (let k = 0; k < 200; k++) outs = texts.map((t) => [tail(t, 1), tail(t, -2), tail(t, 0), tail(t, 400)].join('/'));
console.log(outs.map((s) => s.length).join(','), outs[4], outs[5]);
// Non-int32 bounds and other receivers after the code is hot.
console.log(cut('abcdef', 1.5, 4), cut('abcdef', '2', undefined), cut('abcdef', NaN, Infinity), tail('abcdef', -0), cut('abcdef', 2, undefined));
let rope = ''; for (let i = 0; i < 200; i++) rope += 'r' + i;
console.log(cut(rope, 5, 20), tail(rope, -10), rope.length);
function tokens(text) { const parts = []; let start = 0; for (let i = 0; i <= text.length; i++) { if (i === text.length || text.charCodeAt(i) === 32) { parts.push(text.slice(start, i)); start = i + 1; } } return parts; }
let tk; const sentence = 'the quick brown fox jumps over the lazy dog '.repeat(50);
for (let k = 0; k < 300; k++) tk = tokens(sentence);
console.log(tk.length, tk.slice(0, 9).join(','), tk[tk.length - 1] === '');
const big = []; for (let k = 0; k < 20000; k++) big.push(cut('0123456789abcdefghij', k % 7, 7 + (k % 13)));
console.log(big.length, big[19999], big.join('').length);
