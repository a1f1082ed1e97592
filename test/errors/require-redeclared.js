// expect: 4:10: unsupported: a function declaration replacing the module's 'require'
// require calls are resolved statically; a top-level function named require would replace it.
console.log("must not print");
function require(name) { return name; }
