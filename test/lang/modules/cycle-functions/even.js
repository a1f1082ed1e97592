const odd = require('./odd');
exports.isEven = (n) => n === 0 ? true : odd.isOdd(n - 1);
