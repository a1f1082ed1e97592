// exports.x = ... and module.exports.y = ... both land on the same object.
const math = require('./math');
console.log(math.add(2, 3), math.mul(4, 5), math.PI_ISH);
console.log(Object.keys(math));
