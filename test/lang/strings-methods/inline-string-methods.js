'use strict';
// Small methods over strings (charCodeAt, charAt, slice, substring) inline into their callers.
class Scanner {
  constructor(text) { this.text = text; this.pos = 0; }
  peek() { return this.text.charCodeAt(this.pos); }
  ch() { return this.text.charAt(this.pos); }
  at(i) { return this.text.charCodeAt(i); }
  take(n) { const s = this.text.slice(this.pos, this.pos + n); this.pos += n; return s; }
  rest() { return this.text.substring(this.pos, this.text.length); }
  isDigit() { const c = this.peek(); return c >= 48 && c <= 57; }
}
function count(text) {
  const s = new Scanner(text); let digits = 0; let h = 0;
  while (s.pos < text.length) { if (s.isDigit()) digits++; h = (h * 31 + s.peek() + s.ch().length) | 0; s.pos++; }
  return [digits, h];
}
const text = 'abc123def4567ghi89\u00e9\u4e2d'.repeat(20);
let out;
for (let r = 0; r < 300; r++) out = count(text);
console.log(out);
const s = new Scanner('hello world');
for (let i = 0; i < 500; i++) { s.pos = 0; s.take(5); s.rest(); }
console.log(s.take(3), s.rest(), s.at(100), s.ch() === '', Number.isNaN(s.peek()));
console.log(count('\u{1F600}x9'), count(''));
