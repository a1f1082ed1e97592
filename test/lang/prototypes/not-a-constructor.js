// new on a non-function is a TypeError naming the expression.
const o = { notFn: 5 };
console.log('start');
new o.notFn();
