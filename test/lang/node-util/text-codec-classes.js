// util.TextEncoder and util.TextDecoder are the global classes.
const util = require('util');
console.log(util.TextEncoder === TextEncoder, util.TextDecoder === TextDecoder);
const bytes = new util.TextEncoder().encode('héllo €');
console.log(bytes, new util.TextDecoder().decode(bytes));
const { TextEncoder: TE, TextDecoder: TD } = require('util');
console.log(new TD('utf-8').decode(new TE().encode('round trip')));
