// expect: 4:1: unsupported: async
// async functions are not in the subset.
console.log("must not print");
async function later() {
  return 1;
}
