// expect: 5:3: unsupported: static block
// Static initialization blocks are not in the subset.
console.log("must not print");
class Config {
  static { console.log("x"); }
}
