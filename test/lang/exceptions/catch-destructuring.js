// A destructuring pattern as the catch binding: object and array patterns with
// defaults, taken from thrown objects, arrays and Error objects.
try {
  throw { code: 404, reason: "missing" };
} catch ({ code, reason }) {
  console.log(code, reason);
}
try {
  throw [1, 2];
} catch ([a, b, c = "default"]) {
  console.log(a, b, c);
}
try {
  throw new TypeError("bad type");
} catch ({ name, message }) {
  console.log(name, message);
}
function tryParse(v) {
  try {
    if (typeof v !== "number") throw { kind: "type", got: typeof v };
    return v;
  } catch ({ kind, got = "?" }) {
    return kind + ":" + got;
  }
}
console.log(tryParse(1), tryParse("x"), tryParse(null));
console.log("done");
