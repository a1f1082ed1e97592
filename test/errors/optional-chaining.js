// expect: 5:13: unsupported: optional chaining
// Optional chaining is not in the subset.
console.log("must not print");
const o = { inner: null };
console.log(o.inner?.value);
