// process.exit(0) ends the program at once: output written before it appears,
// statements after it (and pending finally blocks) do not run.
console.log("before exit");
process.stdout.write("partial line without newline\n");
function finish() {
  try {
    console.log("done");
    process.exit(0);
  } finally {
    console.log("finally must not run after exit");
  }
}
finish();
console.log("unreachable");
