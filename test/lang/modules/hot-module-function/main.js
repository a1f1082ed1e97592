// Hot functions in a required module are compiled like the entry's own.
const { fib, sumTo } = require('./numbers');
let total = 0;
for (let i = 0; i < 3000; i++) total += sumTo(i % 50);
console.log(total, fib(22));
