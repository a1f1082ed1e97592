// A rope a hundred thousand concatenations deep (left-deep, from `s += x`, and right-deep,
// from `s = x + s`): flattening and the collector walk it without recursion.
let left = '';
let right = '';
for (let i = 0; i < 100000; i++) {
  left += String.fromCharCode(97 + (i % 26));
  right = String.fromCharCode(65 + (i % 26)) + right;
}
console.log(left.length, right.length, left.slice(0, 30), right.slice(-30));
console.log(left.charCodeAt(99999), right.charCodeAt(0), left.indexOf('zab'), right.lastIndexOf('ZYX'));
const parts = [];
let piece = '';
for (let i = 0; i < 3000; i++) {
  piece += '<' + i + '>';
  if (i % 1000 === 999) {
    parts.push(piece);
    piece = '';
  }
}
console.log(parts.map((p) => p.length), parts.join('').length, parts[2].slice(-12));
let shared = 'start:' + 'x'.repeat(150);
const forks = [];
for (let i = 0; i < 5; i++) forks.push(shared + i);
shared += 'changed';
console.log(forks.map((f) => f.slice(-3)), shared.slice(-10), forks[0] === forks[0].slice(0));
