// new on functions called through variables, properties and expressions.
function Thing(n) { this.n = n; }
const ns = { Thing };
const things = [new Thing(1), new ns.Thing(2), new (ns.Thing)(3)];
console.log(things.map((t) => t.n), things[1] instanceof Thing);
function withoutThis() { }
console.log(new withoutThis(), typeof new withoutThis());
let made = 0;
for (let i = 0; i < 2000; i++) if (new Thing(i).n === i) made++;
console.log(made);
