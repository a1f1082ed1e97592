// Converting errors to strings: String(e), e.toString(), '' + e and template
// literals give "Name: message", or just the name when the message is empty.
const errs = [
  new Error("plain"),
  new TypeError("typed"),
  new RangeError(""),
  new ReferenceError(),
  new SyntaxError("syntax"),
];
for (const e of errs) {
  console.log(String(e));
  console.log(e.toString());
  console.log("" + e);
  console.log(`[${e}]`);
}
const renamed = new Error("m");
renamed.name = "Renamed";
console.log(String(renamed));
const noName = new Error("only message");
noName.name = "";
console.log(String(noName));
const both = new Error("");
both.name = "";
console.log(JSON.stringify(String(both)));
function describe(v) {
  try {
    throw v;
  } catch (e) {
    return "caught <" + String(e) + ">";
  }
}
console.log(describe(new TypeError("t")));
console.log(describe(12));
console.log(describe("str"));
console.log(describe(null));
console.log(describe(undefined));
console.log(describe([1, 2]));
console.log("done");
