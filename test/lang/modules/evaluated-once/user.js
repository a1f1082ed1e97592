const state = require('./lib/state');
exports.state = state;
exports.read = () => state.count;
