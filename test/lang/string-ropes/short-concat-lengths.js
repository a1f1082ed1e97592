// Compiled `a + b` of two short strings copies both sides' units into a new flat string, two
// units per move: every pairing of odd and even lengths (and non-ASCII units) must give the
// same text, and the heap must stay intact around the new strings (run under --gc-stress).
const pieces = [];
for (let n = 1; n <= 9; n++) {
  let s = '';
  for (let i = 0; i < n; i++) s += String.fromCharCode(n % 2 ? 0x61 + i : 0x3b1 + i);
  pieces.push(s);
}
function join(a, b) {
  return a + b;
}
let checksum = 0;
const samples = [];
for (let round = 0; round < 30; round++) {
  for (const a of pieces) {
    for (const b of pieces) {
      const s = join(a, b);
      for (let i = 0; i < s.length; i++) checksum = (checksum * 31 + s.charCodeAt(i)) | 0;
      if (round === 0 && (a.length + b.length) % 5 === 0) samples.push(s);
      if (s.length !== a.length + b.length || s.slice(0, a.length) !== a || s.slice(a.length) !== b) console.log('mismatch', a, b, s);
    }
  }
}
console.log(checksum, samples.join(' '));
const kept = [];
for (let i = 0; i < 2000; i++) kept.push(join(pieces[i % 9], pieces[(i * 7) % 9]) + join('', pieces[i % 4]));
console.log(kept.length, kept[1999], kept.map((s) => s.length).reduce((x, y) => x + y, 0));
