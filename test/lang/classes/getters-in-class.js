// Getters and setters on the prototype; a getter that becomes hot and then deopts.
class Temp {
  constructor(c) { this.c = c; }
  get f() { return this.c * 9 / 5 + 32; }
  set f(v) { this.c = (v - 32) * 5 / 9; }
  static get unit() { return 'C'; }
}
const t = new Temp(100);
console.log(t.f, Temp.unit);
t.f = 32;
console.log(t.c, t);
let s = 0;
for (let i = 0; i < 3000; i++) { t.c = i; s += t.f; }
console.log(s);
t.c = 0.5;
console.log(t.f);
t.c = 'x';
console.log(t.f);
