// expect: 5:3: unsupported: yield* in an async generator
// yield* inside an async generator is not in the subset yet (async generators are).
console.log("must not print");
async function* outer() {
  yield* inner();
}
