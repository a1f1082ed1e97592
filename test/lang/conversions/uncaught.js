// An uncaught conversion TypeError ends the program as node ends it (exit code 1, the
// error line on stderr) after everything before it has been printed.
var o = { valueOf() { return {}; }, toString() { return {}; } };
console.log('before');
console.log(o + 1);
console.log('not reached');
