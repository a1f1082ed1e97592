// expect: 4:1: unsupported: try
// Exceptions (try/catch/finally) are not in the subset yet.
console.log("must not print");
try {
  console.log(1);
} catch (e) {
  console.log(2);
}
