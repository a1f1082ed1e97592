// process.stdout.write writes without a newline and returns true; it interleaves with console.log.
const ok = process.stdout.write('a');
process.stdout.write('b\n');
console.log('line', ok);
for (let i = 0; i < 5; i++) process.stdout.write(String(i));
process.stdout.write('\n');
process.stdout.write('');
console.log('é✓ done');
