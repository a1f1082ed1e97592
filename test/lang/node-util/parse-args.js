// util.parseArgs: options of both types with short forms, multiple, defaults, inline
// values, positionals, `--` ending options, tokens, strict: false; `values` has a null
// prototype; the arguments default to process.argv after the script (none here); node's
// ERR_PARSE_ARGS_… errors with their codes.
const { parseArgs } = require('util');
const options = {
  verbose: { type: 'boolean', short: 'v' },
  out: { type: 'string', short: 'o', default: 'dist' },
  tag: { type: 'string', multiple: true },
  level: { type: 'string', default: '1' },
};
const r = parseArgs({ args: ['-v', '--out=build', '--tag', 'a', '--tag=b', 'file1', '--', '--not-an-option'], options, allowPositionals: true });
console.log(r, Object.getPrototypeOf(r.values), Object.keys(r));
console.log(parseArgs({ args: ['-vo', 'x'], options }).values);
console.log(parseArgs({ options }), parseArgs({ args: [], options: {} }));
console.log(parseArgs({ args: ['--flag', '-abc', 'pos', '--k=v'], strict: false }));
const withTokens = parseArgs({ args: ['-v', '--out', 'o', 'p'], options, allowPositionals: true, tokens: true });
console.log(withTokens.tokens);
for (const bad of [
  { args: ['--nope'], options },
  { args: ['pos'], options },
  { args: ['--out'], options },
  { args: ['--verbose=yes'], options },
  { args: [], options: { x: { type: 'number' } } },
]) {
  try { parseArgs(bad); console.log('parsed'); } catch (e) { console.log(e.name, e.code, e.message); }
}
