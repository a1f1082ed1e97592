// process.exit(code): output so far is written, nothing after runs, the code is kept.
console.log('before exit');
function finish(code) {
  process.stdout.write('finishing\n');
  process.exit(code);
}
for (let i = 0; i < 3; i++) console.log('i', i);
finish(3);
console.log('never printed');
