// Classic pre-rest variadic functions using arguments: sum, average, string
// formatting with placeholders filled from arguments[1..]; called with
// spread arrays of different lengths.
function sum() {
  let s = 0;
  for (let i = 0; i < arguments.length; i++) s += arguments[i];
  return s;
}
function avg() {
  let s = 0;
  for (let i = 0; i < arguments.length; i++) s = sum(s, arguments[i]);
  return arguments.length ? s / arguments.length : 0;
}
function format(tpl) {
  let out = "";
  let argi = 1;
  for (let i = 0; i < tpl.length; i++) {
    if (tpl[i] === "{" && tpl[i + 1] === "}") {
      out += argi < arguments.length ? arguments[argi] : "?";
      argi++;
      i++;
    } else out += tpl[i];
  }
  return out;
}
console.log(sum(), sum(1, 2, 3), sum(0.5, 0.5), sum("a", "b"), avg(), avg(1, 2, 3, 4));
console.log(format("{} + {} = {}", 1, 2, 3));
console.log(format("{} and {}", "only one"));
console.log(format("no placeholders", 1, 2));
console.log(format("{}{}{}", "a", [1, 2], true));
let t = 0;
const lists = [[], [1], [1, 2], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]];
for (let i = 0; i < 4000; i++) t += sum(...lists[i % 4]) + avg(...lists[i % 4]);
console.log(t);
