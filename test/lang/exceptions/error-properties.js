// name, message and instanceof for every error constructor, with and without a
// message, with a non-string message (converted to a string), and with name
// or message reassigned on the instance.
const ctors = [Error, TypeError, RangeError, ReferenceError, SyntaxError];
for (const C of ctors) {
  const e = new C("msg of " + C.name);
  console.log(C.name, e.name, e.message, e instanceof C, e instanceof Error);
  const empty = new C();
  console.log(" empty:", JSON.stringify(empty.message), empty.message === "", typeof empty.message);
}
const e1 = new TypeError("x");
console.log(e1 instanceof RangeError, e1 instanceof ReferenceError, e1 instanceof SyntaxError);
console.log(new Error(42).message, typeof new Error(42).message);
console.log(new Error(undefined).message === "");
console.log(new Error(null).message);
const e2 = new RangeError("before");
e2.message = "after";
e2.name = "CustomName";
console.log(e2.name, e2.message, e2 instanceof RangeError);
const e3 = new Error("with fields");
e3.code = "E_CODE";
e3.details = { line: 3 };
console.log(e3.code, e3.details.line, Object.keys(e3).join(","));
console.log(Object.keys(new Error("no own enumerable")).length);
console.log(typeof Error, typeof e1, Error.name, TypeError.name);
console.log("done");
