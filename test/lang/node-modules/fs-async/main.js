// fs.promises (and require('fs/promises')) and fs's callback API: results, node's errors, and
// callbacks that run as tasks after the calling code.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const dir = path.join(require('os').tmpdir(), 'kiln-fs-async-' + process.pid);
fs.rmSync(dir, { recursive: true, force: true });
async function main() {
  console.log(fsp === fs.promises, typeof fsp.readFile);
  await fsp.mkdir(dir, { recursive: true });
  await fsp.writeFile(path.join(dir, 'a.txt'), 'hello');
  await fsp.appendFile(path.join(dir, 'a.txt'), ' world');
  console.log(await fsp.readFile(path.join(dir, 'a.txt'), 'utf8'));
  console.log(await fsp.readdir(dir));
  try { await fsp.readFile(path.join(dir, 'missing.txt'), 'utf8'); } catch (e) { console.log(e.code, e.syscall, e.message.replace(dir, '<dir>')); }
  await fsp.access(path.join(dir, 'a.txt'));
  await fsp.rename(path.join(dir, 'a.txt'), path.join(dir, 'b.txt'));
  await fsp.copyFile(path.join(dir, 'b.txt'), path.join(dir, 'c.txt'));
  console.log((await fsp.readdir(dir)).sort());
  await new Promise((resolve) => {
    fs.readFile(path.join(dir, 'c.txt'), 'utf8', (err, data) => {
      console.log('callback', err, data);
      fs.readFile(path.join(dir, 'nope'), 'utf8', (err2, data2) => {
        console.log('callback error', err2.code, data2);
        fs.writeFile(path.join(dir, 'd.txt'), 'x', (err3, ...rest) => { console.log('write', err3, rest.length); resolve(); });
      });
    });
    console.log('after readFile call');
  });
  await fsp.rm(dir, { recursive: true });
  console.log(fs.existsSync(dir));
  try { fs.readFile('x'); } catch (e) { console.log(e.name, e.code, e.message); }
}
main();
