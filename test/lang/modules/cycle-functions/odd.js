const even = require('./even');
exports.isOdd = (n) => n === 0 ? false : even.isEven(n - 1);
