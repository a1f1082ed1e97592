// expect: 6:3: unsupported: function declaration if statement
// A function declaration as the single statement of an if (sloppy Annex B.3.4) is not
// supported; in a block it is.
console.log("must not print");
if (true)
  function bare() {
    return 1;
  }
