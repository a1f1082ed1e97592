// Number.prototype.toString(radix) and toPrecision.
console.log((255).toString(16), (255).toString(2), (-255).toString(36), (0.5).toString(2));
console.log((3.75).toString(), (1e21).toString(), (123).toString(10));
console.log((123.456).toPrecision(4), (0.00012).toPrecision(1), (123456).toPrecision(2));
let acc = 0;
for (let i = 0; i < 1500; i++) acc += i.toString(36).length;
console.log(acc);
