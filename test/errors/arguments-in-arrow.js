// expect: 4:25: unsupported: arguments
// An arrow at the top level would see the CommonJS wrapper's arguments: not in the subset.
console.log("must not print");
const count = () => 1 + arguments.length;
