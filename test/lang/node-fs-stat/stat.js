// fs.statSync / lstatSync / fstatSync and their callback and promise forms: a Stats object
// with node's own properties in node's order, its type predicates (a file, a directory, a
// symbolic link seen through stat and lstat), Dates for the times, throwIfNoEntry: false,
// and node's ENOENT / ENOTDIR errors (message, code, errno, syscall, path). Works in a
// temporary directory it removes.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-stat-'));
const hide = (s) => String(s).split(dir).join('<dir>');
const file = path.join(dir, 'a.txt');
const link = path.join(dir, 'link');
fs.writeFileSync(file, 'hello\n');
fs.mkdirSync(path.join(dir, 'sub'));
fs.symlinkSync(file, link);

const st = fs.statSync(file);
console.log(Object.keys(st));
console.log(st.constructor.name, Object.getPrototypeOf(st) === fs.Stats.prototype, st instanceof fs.Stats);
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(st)));
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(Object.getPrototypeOf(st))));
const enumerated = [];
for (const k in st) enumerated.push(k);
console.log(enumerated.join(','));
console.log(st.size, st.isFile(), st.isDirectory(), st.isSymbolicLink(), st.isFIFO(), st.isSocket(), st.isBlockDevice(), st.isCharacterDevice());
console.log((st.mode & 0o170000) === 0o100000, typeof st.mode, typeof st.ino, typeof st.nlink, st.nlink >= 1);
for (const k of ['atime', 'mtime', 'ctime', 'birthtime']) {
  const d = st[k];
  console.log(k, d instanceof Date, d.getTime() === Math.round(st[`${k}Ms`]), typeof st[`${k}Ms`]);
}
const sub = fs.statSync(path.join(dir, 'sub'));
console.log(sub.isDirectory(), sub.isFile());
console.log(fs.statSync(link).isFile(), fs.statSync(link).isSymbolicLink(), fs.lstatSync(link).isSymbolicLink(), fs.lstatSync(link).isFile());
console.log(fs.lstatSync(file).isFile(), fs.lstatSync(file).size);
console.log(fs.statSync(path.join(dir, 'none'), { throwIfNoEntry: false }), fs.lstatSync(path.join(dir, 'none'), { throwIfNoEntry: false }));
console.log(fs.statSync(file, { throwIfNoEntry: false }).isFile(), fs.statSync(file, {}).isFile());
for (const [what, run] of [
  ['stat', () => fs.statSync(path.join(dir, 'none'))],
  ['lstat', () => fs.lstatSync(path.join(dir, 'none'))],
  ['stat through a file', () => fs.statSync(path.join(file, 'x'))],
  ['stat through a file, no throw', () => fs.statSync(path.join(file, 'x'), { throwIfNoEntry: false })],
]) {
  try {
    console.log(what, 'returned', run());
  } catch (e) {
    console.log(what, e instanceof Error, hide(e.message), e.code, e.errno, e.syscall, hide(e.path), Object.keys(e));
  }
}
console.log(typeof fs.fstatSync(1).isFile());
// Fields are plain data: writable, and a copy has them.
const copy = { ...st };
console.log(Object.keys(copy).length, copy.size, 'isFile' in copy);
st.size = 99;
console.log(st.size);

fs.stat(file, (err, s) => {
  console.log('stat callback', err, s.isFile(), s.size);
  fs.lstat(link, (err2, s2) => {
    console.log('lstat callback', err2, s2.isSymbolicLink());
    fs.stat(path.join(dir, 'none'), (err3, s3) => {
      console.log('stat callback error', hide(err3.message), err3.code, s3);
      fs.stat(file, { throwIfNoEntry: false }, (err4, s4) => {
        console.log('stat with options', err4, s4.isFile());
        promises();
      });
    });
  });
});

async function promises() {
  const fsp = require('fs/promises');
  const s = await fsp.stat(file);
  console.log('promises.stat', s.isFile(), s.constructor.name);
  console.log('promises.lstat', (await fs.promises.lstat(link)).isSymbolicLink());
  try {
    await fsp.stat(path.join(dir, 'none'));
  } catch (e) {
    console.log('promises.stat error', hide(e.message), e.code, e.syscall);
  }
  fs.rmSync(dir, { recursive: true });
  console.log('removed', fs.existsSync(dir));
}
