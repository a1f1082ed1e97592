const names = [];
exports.add = (n) => { names.push(n); };
exports.list = () => names.join(',');
