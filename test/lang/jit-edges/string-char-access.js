// s[i] and s.charAt(i) compile to a code-unit load plus the one-character string table;
// characters past U+00FF, indexes out of range and fractional indexes deopt or go generic.
function rev(s) { let r = ''; for (let i = s.length - 1; i >= 0; i--) r += s[i]; return r; }
function caps(s) { let r = ''; for (let i = 0; i < s.length; i++) r += i % 2 ? s.charAt(i) : s.charAt(i).toUpperCase(); return r; }
let out = '';
for (let k = 0; k < 300; k++) out = rev('hello world ' + k) + caps('abcdefg');
console.log(out, rev('héllo'), caps('zzz'));
console.log(rev('a€b'), caps('x€y'), 'abc'[5], 'abc'.charAt(7), 'abc'[-1], 'abc'[1.5], 'q'.charAt(0.5));
const s = 'ÿ\u0100z';
for (let i = 0; i < 2000; i++) if (s[i % 3] === 'z') out += '.';
console.log(out.length);
