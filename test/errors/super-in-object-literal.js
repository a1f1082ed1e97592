// expect: 5:16: unsupported: super in an object literal method
// Only class methods have a home object in kiln.
console.log("must not print");
const o = {
  m() { return super.m(); },
};
