// console.log formatting of every value kind in the subset, alone and among
// several arguments (strings unquoted at top level, -0 shown as -0).
console.log(0, -0, 1, -1, 1.5, -1.5, NaN, Infinity, -Infinity);
console.log(true, false, null, undefined);
console.log("string", "", "with space", "tab\there");
console.log(1e21, 1e-7, 0.1 + 0.2, 5e-324, 123456789012345680000, 2 ** 31);
function namedFn() {}
function anotherOne(a, b) {
  return a + b;
}
console.log(namedFn, anotherOne);
console.log("fn:", namedFn, typeof namedFn);
console.log();
console.log("");
console.log(1, "1", true, "true", null, "null");
console.log(-0 + "", `${-0}`, -0);
