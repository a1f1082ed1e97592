// Mutually recursive functions across two modules that require each other.
const even = require('./even');
console.log(even.isEven(10), even.isEven(7));
console.log(require('./odd').isOdd(9));
