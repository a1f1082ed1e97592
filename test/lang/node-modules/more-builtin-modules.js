// The small builtin modules everyday scripts require: assert/strict, util/types, url
// (URL classes and the file-URL conversions with node's errors), buffer, perf_hooks, process
// and console — with and without the node: prefix, and through require as a value.
const strict = require('assert/strict');
const types = require('node:util/types');
const { URL: U, URLSearchParams: P, fileURLToPath, pathToFileURL } = require('url');
const { Buffer: B, kMaxLength, constants, atob: a2b } = require('buffer');
const { performance: perf } = require('perf_hooks');
const proc = require('process');
const con = require('node:console');
console.log(strict === require('assert').strict, typeof strict.equal, types.isDate(new Date()), types.isRegExp({}));
console.log(U === URL, P === URLSearchParams, B === Buffer, kMaxLength, constants.MAX_STRING_LENGTH, a2b('aGk='));
console.log(typeof perf.now(), perf === performance, proc === process, con === console);
try { strict.equal(1, '1'); } catch (e) { console.log(e.message); }
try { strict.deepEqual({ a: 1 }, { a: '1' }); } catch (e) { console.log(e.message); }
console.log(fileURLToPath('file:///tmp/a%20b/c.txt'), fileURLToPath(new URL('file:///x/%C3%A9')));
console.log(pathToFileURL('/tmp/x y#z?.js').href, pathToFileURL('/tmp/dir/').href, pathToFileURL('/a/é~[b]%|^"\\').href);
for (const bad of ['http://x/y', 'file://host/x', 'file:///a%2Fb', 42, null]) {
  try { fileURLToPath(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { pathToFileURL(7); } catch (e) { console.log(e.name, e.code, e.message); }
const dynamicRequire = require;
console.log(dynamicRequire('url').fileURLToPath === fileURLToPath, dynamicRequire('node:process') === process);
con.log(new U('https://ex.com/p?q=1#h').searchParams.get('q'));
