// fs file descriptors: openSync, writeSync (strings and Buffers), readSync into a Buffer, closeSync.
const fs = require('fs'), os = require('os'), path = require('path');
const file = path.join(os.tmpdir(), `kiln-fd-${process.pid}.txt`);
const fd = fs.openSync(file, 'w');
console.log(typeof fd, fs.writeSync(fd, 'hello '), fs.writeSync(fd, Buffer.from('world\n')), fs.writeSync(fd, 'é', null, 'utf8'));
fs.fsyncSync(fd);
fs.closeSync(fd);
const rfd = fs.openSync(file, 'r');
const buf = Buffer.alloc(8);
console.log(fs.readSync(rfd, buf, 0, 8, 0), buf.toString(), buf);
console.log(fs.readSync(rfd, buf, { position: 6 }), buf.toString('utf8', 0, 6));
console.log(fs.readSync(rfd, buf, 0, 8, null), fs.fstatSync(rfd).size);
fs.closeSync(rfd);
try { fs.closeSync(rfd); } catch (e) { console.log(e.code, e.syscall); }
try { fs.openSync(path.join(file, 'nope')); } catch (e) { console.log(e.code, e.syscall); }
try { fs.readSync(rfd, 'not a buffer'); } catch (e) { console.log(e.name, e.code); }
try { fs.openSync(); } catch (e) { console.log(e.name, e.code); }
console.log(fs.readFileSync(file, 'utf8'));
fs.unlinkSync(file);
