console.log('state evaluated');
module.exports = { count: 0, loads: 1 };
