exports.add = function add(a, b) { return a + b; };
module.exports.mul = function mul(a, b) { return a * b; };
exports.PI_ISH = 3.14;
