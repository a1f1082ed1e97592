// expect: 5:3: unsupported: undeclared
// Assigning to a name that was never declared (an implicit global in sloppy mode) is rejected.
console.log("must not print");
function setIt() {
  implicitGlobal = 5;
}
setIt();
