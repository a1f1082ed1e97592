// module.exports = value replaces the exports object; a later `exports.x =` is lost.
const counter = require('./counter');
const greet = require('./greet.js');
console.log(counter.next(), counter.next(), counter.next());
console.log(greet('kiln'));
console.log(typeof greet, require('./counter').lost);
