// trimLeft/trimRight are the very functions trimStart/trimEnd (named after them);
// isWellFormed and toWellFormed find and replace lone surrogates (U+FFFD).
console.log(String.prototype.trimLeft === String.prototype.trimStart, String.prototype.trimRight === String.prototype.trimEnd);
console.log(String.prototype.trimLeft.name, String.prototype.trimRight.name, String.prototype.trimLeft.length);
console.log(JSON.stringify('  ab  '.trimLeft()), JSON.stringify('\n\t ab \u00a0'.trimRight()));
const d = Object.getOwnPropertyDescriptor(String.prototype, 'trimLeft');
console.log(d.enumerable, d.writable, d.configurable);
console.log(typeof ''.isWellFormed, typeof ''.toWellFormed, ''.isWellFormed.length, ''.toWellFormed.length);
console.log('abc'.isWellFormed(), 'a\uD800b'.isWellFormed(), '\uDC00'.isWellFormed(), '😀'.isWellFormed(), ''.isWellFormed());
console.log(JSON.stringify('a\uD800b\uDC00c😀'.toWellFormed()), 'ok'.toWellFormed(), '\uDBFF'.toWellFormed().charCodeAt(0));
for (const m of ['isWellFormed', 'toWellFormed', 'trimLeft']) {
  try {
    String.prototype[m].call(null);
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
}
console.log(String.prototype.isWellFormed.call(123), String.prototype.toWellFormed.call({ toString() { return '\uD83D!'; } }).charCodeAt(0));
let bad = 0;
let fixed = '';
for (let i = 0; i < 300; i++) {
  const str = i % 7 === 0 ? 'x' + String.fromCharCode(0xd800 + (i % 3)) : 'y' + i;
  if (!str.isWellFormed()) bad++;
  fixed = str.toWellFormed();
}
console.log(bad, JSON.stringify(fixed), '  z'.trimLeft() + 'w  '.trimRight() + '|');
