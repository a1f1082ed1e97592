// Prints what a program sees of its command line (run with arguments by test/process.test.js).
const argv = process.argv;
console.log(argv.length, argv.slice(2));
console.log(argv[0] === process.argv[0], argv[1].endsWith('print-args.js'), argv[1][0] === '/');
for (let i = 2; i < argv.length; i++) process.stdout.write(i + ':' + argv[i] + '\n');
if (argv[2] === 'exit') process.exit(Number(argv[3]));
