// expect: 5:13: unsupported: builtin member 'String.raw'
// Tagged templates are supported; String.raw is not a builtin value yet.
console.log("must not print");
const path = "dir";
console.log(String.raw`C:\${path}`);
