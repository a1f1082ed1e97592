// node's builtin modules kiln provides: path (on strings), fs (synchronous, text), util
// (format, inspect), os (constants and strings) — required as 'x' and 'node:x', cached, and
// fs's errors with node's message, code, errno, syscall and path.
const path = require('path');
const fs = require('node:fs');
const util = require('util');
const os = require('os');
console.log(require('path') === path, require('node:path') === path, typeof fs.readFileSync);
console.log(path.join('a', 'b', '../c', 'd.txt'), path.basename('/x/y/z.js'), path.basename('/x/y/z.js', '.js'), path.extname('a.tar.gz'), path.dirname('/a/b/c'));
console.log(path.normalize('/a//b/../c/.'), path.isAbsolute('/a'), path.isAbsolute('a'), path.relative('/a/b/c', '/a/d'), path.sep, path.delimiter);
console.log(path.parse('/home/u/file.txt'), path.format({ dir: '/tmp', base: 'x.js' }), path.resolve('/root', 'a', '..', 'b'));
const dir = path.join(os.tmpdir(), `kiln-node-modules-test-${process.pid}`);
fs.mkdirSync(path.join(dir, 'sub'), { recursive: true });
const file = path.join(dir, 'notes.txt');
fs.writeFileSync(file, 'line one\n');
fs.appendFileSync(file, 'line two\n');
console.log(JSON.stringify(fs.readFileSync(file, 'utf8')), fs.readFileSync(file, { encoding: 'utf8' }).split('\n').length, fs.existsSync(file), fs.existsSync(file + '.missing'));
fs.copyFileSync(file, path.join(dir, 'copy.txt'));
fs.renameSync(path.join(dir, 'copy.txt'), path.join(dir, 'sub', 'moved.txt'));
console.log(fs.readdirSync(dir).sort(), fs.readdirSync(path.join(dir, 'sub')));
try { fs.readFileSync(path.join(dir, 'nope.txt'), 'utf8'); } catch (e) { console.log(e instanceof Error, e.code, e.syscall, e.errno, e.message.replace(dir, '<dir>'), e.path.replace(dir, '<dir>')); }
try { fs.readdirSync(path.join(dir, 'nope')); } catch (e) { console.log(e.code, e.syscall); }
fs.unlinkSync(file);
fs.rmSync(dir, { recursive: true, force: true });
console.log(fs.existsSync(dir));
console.log(util.format('%s has %d items costing %i, %j', 'cart', 3, 42.9, { a: [1] }), util.format('no args', 1, 'x'), util.format('%o', [1]));
console.log(util.inspect({ deep: { er: { est: { x: 1 } } } }), util.inspect({ deep: { er: { est: { x: 1 } } } }, { depth: 0 }), util.inspect('str'), util.isDeepStrictEqual({ a: [1] }, { a: [1] }));
console.log(typeof os.EOL, os.EOL === '\n', typeof os.platform(), os.platform() === process.platform, typeof os.tmpdir());
