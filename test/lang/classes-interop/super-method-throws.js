// super.method() calls that throw, caught in the overriding method of the
// subclass, which then recovers or rethrows a wrapped error.
class Parser {
  parse(s) {
    if (s.length === 0) throw new SyntaxError("empty input");
    const n = Number(s);
    if (isNaN(n)) throw new SyntaxError("not a number: " + s);
    return n;
  }
}
class LenientParser extends Parser {
  parse(s) {
    try {
      return super.parse(s);
    } catch (e) {
      if (e instanceof SyntaxError && s.length === 0) return 0;
      throw new Error("lenient parse failed (" + e.message + ")");
    }
  }
}
class CountingParser extends LenientParser {
  constructor() {
    super();
    this.calls = 0;
    this.failures = 0;
  }
  parse(s) {
    this.calls++;
    try {
      return super.parse(s);
    } catch (e) {
      this.failures++;
      throw e;
    } finally {
      this.calls += 0;
    }
  }
}
const p = new CountingParser();
for (const s of ["12", "", "x7", "3.5", "abc"]) {
  try {
    console.log(JSON.stringify(s), "=>", p.parse(s));
  } catch (e) {
    console.log(JSON.stringify(s), "=>", e.name, e.message);
  }
}
console.log(p.calls, p.failures);
let total = 0;
for (let i = 0; i < 20000; i++) {
  try {
    total += p.parse(i % 1000 === 0 ? "bad" : String(i & 63));
  } catch (e) {
    total -= 1;
  }
}
console.log(total, p.calls, p.failures);
console.log("done");
