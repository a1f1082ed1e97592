// process.stdout.write takes strings, Buffers and typed arrays (their bytes), an encoding
// for a string, and a callback that runs on a later tick with null; it returns true.
// process.stderr.write takes Buffers too. A progress bar redrawn with '\r' writes as node does.
for (let i = 0; i <= 4; i++) process.stdout.write(`\r[${'#'.repeat(i).padEnd(4, '.')}] ${i * 25}%`);
process.stdout.write('\n');
console.log(process.stdout.write('plain\n'));
process.stdout.write(Buffer.from('from a buffer\n'));
process.stdout.write(new Uint8Array([104, 105, 10]));
process.stdout.write(Buffer.from('héllo').subarray(1, 3));
process.stdout.write('\n');
process.stdout.write('68690a', 'hex');
process.stdout.write('aGkgYmFzZTY0Cg==', 'base64', (err) => console.log('encoded write done', err));
process.stdout.write('first\n', (err) => console.log('callback 1', err));
process.stdout.write('second\n', function () { console.log('callback 2', arguments.length); });
console.log('sync line after the writes');
console.log(process.stderr.write(Buffer.from('to stderr\n')));
try { process.stdout.write(42); } catch (e) { console.log(e.name, e.message); }
