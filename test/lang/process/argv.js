// process.argv: [node's path, the script's absolute path] (no arguments in the corpus).
const argv = process.argv;
console.log(argv.length, argv === process.argv, argv[1].endsWith('argv.js'), argv[1][0] === '/');
console.log(typeof argv[0], argv.slice(2));
