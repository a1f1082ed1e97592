// A module required from several places (and paths spelled differently) runs once.
const s1 = require('./lib/state');
const user = require('./user');
const s2 = require('./lib/state.js');
const s3 = require('./lib/../lib/state');
console.log(s1 === s2, s2 === s3, user.state === s1);
s1.count++;
console.log(user.read(), s3.count, s1.loads);
