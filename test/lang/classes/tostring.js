// toString/valueOf are used by string concatenation, template literals and arithmetic.
class Money {
  constructor(c) { this.c = c; }
  toString() { return '$' + Math.floor(this.c / 100) + '.' + (this.c % 100); }
}
class Num {
  constructor(n) { this.n = n; }
  valueOf() { return this.n; }
}
const m = new Money(1234);
console.log('' + m, `${m}!`, 'cost: ' + m, String(m));
const a = new Num(5);
console.log(a + 1, a * 2, `${a}` === '[object Object]', a + 'x');
const plain = { toString() { return 'plain!'; } };
console.log('' + plain, `${plain}`);
console.log('' + {}, `${{ a: 1 }}`);
let s = '';
for (let i = 0; i < 300; i++) s = m + '/' + i;
console.log(s);
