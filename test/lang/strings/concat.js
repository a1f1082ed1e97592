// + with strings: left-to-right evaluation decides when concatenation starts;
// numbers convert with Number#toString (-0 becomes "0", 1e21 stays exponential).
console.log("a" + "b", "a" + 1, 1 + "a", 1 + 2 + "a", "a" + 1 + 2, "a" + (1 + 2));
console.log("" + -0, "" + 0.1 + 0.2, "" + (0.1 + 0.2), "" + 1e21, "" + 1e-7, "" + 123456789012345680000);
console.log("" + NaN, "" + Infinity, "" + -Infinity, "" + null, "" + undefined, "" + true, "" + false);
console.log("x" + 2147483648, "x" + -2147483648, "x" + 5e-324, "x" + 2 ** 53, "x" + 1.5e300);
let s = "start";
s = s + ":" + 1 + ":" + 2.5 + ":" + (3 > 2);
console.log(s);
console.log("5" - 2, "5" * "2", "10" / "4", "7" % "4", "3" ** "2", -"4", +"1e3", +"", +" ", +"abc");
console.log("2" > "10", 2 > "10", "abc" === "ab" + "c", "" === "", "\t|\n|\\|\"|'|\u0041|\x42");
let empty = "";
console.log(empty, "<" + empty + ">", empty + empty === "");
