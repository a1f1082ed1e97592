// expect: 5:1: unsupported: tagged
// Tagged templates are not in the subset (plain template literals are).
console.log("must not print");
function tag(s) {}
tag`text`;
