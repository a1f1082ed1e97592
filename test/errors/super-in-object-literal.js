// expect: 5:17: unsupported: computed super property
// Object-literal methods have a home object (super.x works), but super[k] is not in the subset yet.
console.log("must not print");
const o = {
  m(k) { return super[k]; },
};
