// path and fs validate their arguments as node does (ERR_INVALID_ARG_TYPE TypeErrors whose
// String() names the code), and path.posix / path.win32 are there.
const fs = require('fs');
const path = require('path');
const attempts = {
  'path.join(5)': () => path.join(5),
  'path.join(a, null)': () => path.join('a', null),
  'path.basename({})': () => path.basename({}),
  'path.resolve([a])': () => path.resolve(['a']),
  'path.dirname()': () => path.dirname(),
  'path.format(x)': () => path.format('x'),
  'path.win32.join(1)': () => path.win32.join(1),
  'path.extname(true)': () => path.extname(true),
  'fs.readFileSync({})': () => fs.readFileSync({}),
  'fs.writeFileSync()': () => fs.writeFileSync(undefined, 'x'),
  'fs.existsSync(5)': () => fs.existsSync(5),
  'fs.mkdirSync(true)': () => fs.mkdirSync(true),
  'fs.statSync(5n)': () => fs.statSync(5n),
  'fs.readdirSync(null)': () => fs.readdirSync(null),
  'util.promisify(1)': () => require('util').promisify(1),
};
for (const [label, f] of Object.entries(attempts)) {
  try {
    console.log(label, 'returned', f());
  } catch (e) {
    console.log(label, '->', e.name, e.code, e instanceof TypeError);
    console.log('  ', String(e));
    console.log('  ', `${e}` === e.toString(), Object.keys(e));
  }
}
console.log(path === path.posix, path.posix.posix === path, path.win32.win32 === path.win32, path.win32.posix === path);
console.log(path.win32.sep, path.win32.delimiter, path.win32.join('C:\\a', '..', 'b'), path.win32.basename('C:\\x\\y.txt', '.txt'));
console.log(path.win32.parse('C:\\dir\\f.js'), path.win32.isAbsolute('\\\\srv\\share'), path.posix.normalize('/a//b/../c'));
console.log(fs.readFileSync(Buffer.from(__filename)).length > 0, fs.existsSync(new URL('file://' + __filename)));
