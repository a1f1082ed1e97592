// Strings built by `+=` past the rope threshold, then read every way a program reads a string:
// indexing, charCodeAt, comparison, equality with a flat twin, keys, JSON, methods, regexes.
function build(n, piece) {
  let s = '';
  for (let i = 0; i < n; i++) s += piece + (i % 10);
  return s;
}
const a = build(200, 'xy');
const b = build(200, 'xy');
console.log(a.length, typeof a, a === b, a == b, a !== b, a < b, a > b + '!', a <= b);
let sum = 0;
for (let i = 0; i < a.length; i++) sum = (sum * 31 + a.charCodeAt(i)) | 0;
console.log(sum, a[0], a[a.length - 1], a.charAt(5), a.at(-1), a[a.length]);
const flat = 'xy0xy1xy2';
console.log(a.startsWith(flat), a.indexOf('xy7xy8'), a.lastIndexOf('xy9'), a.includes('xy5xy6'));
console.log(a.slice(10, 30), a.substring(590, 600), a.split('xy').length, a.toUpperCase().slice(0, 9));
console.log(JSON.stringify(a).length, JSON.stringify({ k: a.slice(0, 20) + a }).slice(0, 40));
const o = {};
o[a] = 1;
o[b] = (o[b] || 0) + 1;
console.log(Object.keys(o).length, o[a], a in o);
const m = new Map([[a, 'first']]);
console.log(m.get(b), m.has(build(199, 'xy') + 'xy9'), new Set([a, b]).size);
console.log(/xy(\d)xy(\d)$/.exec(a).slice(1), a.replace(/xy/g, '').length, a.match(/xy3/g).length);
switch (b) {
  case a:
    console.log('switch matched');
    break;
  default:
    console.log('switch missed');
}
console.log(`${a}`.length, String(a) === a, a.concat(b).length, [a, b].join('|').length);
console.log(a ? 'truthy' : 'falsy', !a, Number(build(130, '1')) > 1e100, parseInt(build(50, '12')));
const sorted = [b + 'b', a + 'a', flat].sort();
console.log(sorted.map((s) => s.length), sorted[0] === flat);
console.log(a.trim() === a, a.padEnd(605, '-').slice(-6), [...a.slice(0, 6)]);
