// fs.readdirSync(dir, { withFileTypes: true }): Dirent objects (name, parentPath, path and
// the type predicates; printed as node prints them), `recursive` with and without them, and
// the callback and promise forms. Works in a temporary directory it removes; listings are
// sorted (the order of a directory's entries is the file system's).
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-dirent-'));
const hide = (v) => JSON.parse(JSON.stringify(v).split(dir).join('<dir>'));
fs.writeFileSync(path.join(dir, 'b.txt'), 'b');
fs.mkdirSync(path.join(dir, 'a'));
fs.writeFileSync(path.join(dir, 'a', 'inner.txt'), 'i');
fs.mkdirSync(path.join(dir, 'a', 'deep'));
fs.symlinkSync(path.join(dir, 'b.txt'), path.join(dir, 'c-link'));

const byName = (x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0);
const ents = fs.readdirSync(dir, { withFileTypes: true }).sort(byName);
const describe = (d) => [d.name, d.isFile(), d.isDirectory(), d.isSymbolicLink(), d.isFIFO(), d.isSocket(), d.isBlockDevice(), d.isCharacterDevice(), d.parentPath === dir, d.path === dir];
for (const d of ents) console.log(describe(d));
const d0 = ents[0];
console.log(Object.keys(d0), Object.getOwnPropertySymbols(d0).map(String));
console.log(d0.constructor.name, d0 instanceof fs.Dirent, Object.getOwnPropertyNames(fs.Dirent.prototype));
console.log(hide(d0));
console.log(Object.getOwnPropertySymbols(d0).map((s) => d0[s]));
console.log(fs.readdirSync(dir).sort(), fs.readdirSync(dir, {}).sort(), fs.readdirSync(dir, { withFileTypes: false }).sort());
console.log(fs.readdirSync(dir, { recursive: true }).sort());
const all = fs.readdirSync(dir, { recursive: true, withFileTypes: true });
console.log(all.map((d) => `${path.relative(dir, d.parentPath) || '.'}:${d.name}:${d.isDirectory()}`).sort());
console.log(fs.readdirSync(path.join(dir, 'a', 'deep'), { withFileTypes: true }));
try {
  fs.readdirSync(path.join(dir, 'none'), { withFileTypes: true });
} catch (e) {
  console.log(hide(e.message), e.code, e.syscall);
}
try {
  fs.readdirSync(path.join(dir, 'b.txt'), { withFileTypes: true });
} catch (e) {
  console.log(hide(e.message), e.code, e.syscall);
}

fs.readdir(dir, { withFileTypes: true }, (err, list) => {
  console.log('callback', err, list.sort(byName).map((d) => `${d.name}:${d.isFile()}`));
  fs.promises.readdir(dir, { withFileTypes: true }).then((l) => {
    console.log('promise', l.sort(byName).map((d) => `${d.name}:${d.isDirectory()}`));
    fs.rmSync(dir, { recursive: true });
    console.log('removed', fs.existsSync(dir));
  });
});
