// expect: 5:9: unsupported: new
// new is not in the subset.
console.log("must not print");
function Thing() {}
let t = new Thing();
