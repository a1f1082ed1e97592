let n = 0;
module.exports = { next() { return ++n; } };
exports.lost = 'never seen';
