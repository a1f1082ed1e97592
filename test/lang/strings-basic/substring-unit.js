// s.substring(i, i + 1) in a hot loop (compiled to a code-unit load), and the same site given
// other ends, non-one-byte units, out-of-range and non-int32 indices.
function read(s, n) {
  let out = '';
  for (let i = 0; i < n; i++) out += s.substring(i % s.length, (i % s.length) + 1);
  return out.length + ':' + out.slice(0, 12);
}
const text = 'a{"k": [1, 2.5, true]}';
console.log(read(text, 5000));
console.log(read('héllo€ wörld', 40));
function any(s, a, b) { return s.substring(a, b); }
for (let i = 0; i < 3000; i++) any('abcdef', i % 5, (i % 5) + 1);
console.log(any('abcdef', 1, 4), any('abcdef', 4, 1), any('abcdef', -1, 0), any('abcdef', 5, 6), any('abcdef', 6, 7), any('abcdef', 1.5, 2.5), any('abcdef', '2', '3'), any('ab€', 2, 3));
console.log(any('abcdef', 2, undefined), any('abcdef', NaN, 1), any(String(12345), 0, 1));
