// node's querystring module: parse/stringify with their edge cases.
const qs = require('querystring');
console.log(qs.parse('x=1&y=2&x=3'), qs.stringify({ a: [1, 2], b: 'c d', n: null, u: undefined, t: true, big: 5n, inf: Infinity, o: {} }));
console.log(qs.parse('a+b=c+d&&=empty&noval&%E2%9C%93=%ZZbad&q=%E0%A4%A'), qs.parse(''), qs.parse('a:1;b:2', ';', ':'));
console.log(qs.escape('a b&c/é'), qs.unescape('%41%zz+'), qs.decode === qs.parse, qs.encode === qs.stringify);
console.log(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 }), qs.stringify({ w: 'x' }, ';', ':'), qs.stringify('str'), Object.keys(qs).sort());
console.log(require('node:querystring') === qs, qs.unescapeBuffer('%41b').toString());
