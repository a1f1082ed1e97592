// An exception nobody catches: finally blocks on the way out still run (their
// output is the proof the program got this far), then the program stops with
// "TypeError: ..." on stderr and exit code 1, and nothing after it runs.
function inner() {
  try {
    throw new TypeError("nobody catches this");
  } finally {
    console.log("inner finally ran");
  }
}
function outer() {
  try {
    inner();
  } finally {
    console.log("outer finally ran");
  }
}
console.log("start");
outer();
console.log("unreachable");
