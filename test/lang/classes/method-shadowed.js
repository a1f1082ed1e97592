// An own property shadows a prototype method after the call site got hot.
class Greeter { greet() { return 'proto'; } }
const g = new Greeter();
const h = new Greeter();
function call(o) { return o.greet(); }
let s = '';
for (let i = 0; i < 500; i++) s = call(g);
console.log(s);
g.greet = function () { return 'own'; };
console.log(call(g), call(h));
let n = 0;
for (let i = 0; i < 500; i++) if (call(i % 2 ? g : h) === 'own') n++;
console.log(n);
