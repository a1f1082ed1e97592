// Values returned from try, from catch and after the statement, with locals
// assigned in each block; the catch value computed from the thrown value.
function parseDigit(c) {
  try {
    const code = c.charCodeAt(0) - 48;
    if (code < 0 || code > 9) throw c;
    return code;
  } catch (bad) {
    return -bad.length;
  }
}
console.log("0123456789x".split("").map(parseDigit).join(" "));
function classify(v) {
  let kind = "unset";
  try {
    if (v === undefined) throw "undef";
    kind = typeof v;
  } catch (e) {
    kind = "caught " + e;
  }
  return kind;
}
console.log(classify(1), classify("x"), classify(undefined), classify(null));
function sumSafe(values) {
  let sum = 0;
  let skipped = 0;
  for (const v of values) {
    try {
      if (typeof v !== "number") throw new TypeError("not a number: " + v);
      sum += v;
    } catch (e) {
      skipped++;
    }
  }
  return { sum, skipped };
}
console.log(sumSafe([1, "2", 3, null, 4.5, undefined]));
function attemptAll(fs) {
  return fs.map((f, i) => {
    try {
      return "ok:" + f();
    } catch (e) {
      return "err" + i + ":" + (e instanceof Error ? e.message : e);
    }
  });
}
console.log(attemptAll([() => 1, () => { throw 2; }, () => { throw new Error("three"); }, () => "four"]).join(" "));
console.log("done");
