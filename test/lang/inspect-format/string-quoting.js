// Strings inside containers are quoted: single quotes normally, double quotes
// if the string contains a single quote, backticks if it contains both, and
// escaped single quotes if it contains all three. Control characters are
// escaped (\n, \t, \x00...); top-level strings print raw.
const strs = ["plain", "it's", 'say "hi"', "both ' and \"", "all ' \" `", "", " ", "back\\slash", "tab\there", "new\nline", "nul\0", "cr\r", "\x7f", "\x1b[0m", "é日😀"];
console.log(strs);
for (const s of strs) console.log([s], { s });
console.log("top level: it's \"raw\"", ["in array: it's"]);
console.log({ "key'quote": 1, 'key"dq': 2, "key\nnl": 3 });
