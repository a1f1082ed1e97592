// expect: 4:1: unsupported: async generator
// Async generators are not in the subset yet (generators and async functions are).
console.log("must not print");
async function* ticks() {
  yield 1;
}
