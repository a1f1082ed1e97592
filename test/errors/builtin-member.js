// expect: 5:1: unsupported: builtin member 'console.error'
// Members of builtin objects other than the supported ones (console.log, Math.*, ...).
console.log("must not print");
const s = "abc";
console.error(s.length);
