// expect: 5:10: unsupported: this
// Top-level this (node's module.exports), also seen through an arrow, is not in the subset.
console.log("must not print");
const self = () => {
  return this;
};
