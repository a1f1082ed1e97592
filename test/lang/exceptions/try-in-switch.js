// try/catch/finally inside switch cases: break out of a case through finally,
// fall through after a caught throw, and a throw from one case caught outside
// the switch.
function handle(cmd) {
  const log = [];
  try {
    switch (cmd) {
      case "a":
        try {
          log.push("a-try");
          break;
        } finally {
          log.push("a-fin");
        }
      case "b":
        try {
          throw "b-err";
        } catch (e) {
          log.push("caught " + e);
        }
      // falls through
      case "c":
        log.push("c");
        break;
      case "d":
        throw new TypeError("bad command d");
      default:
        log.push("default");
    }
    log.push("after switch");
  } catch (e) {
    log.push("outer " + e.name + " " + e.message);
  }
  return log.join(" | ");
}
for (const c of ["a", "b", "c", "d", "z"]) console.log(c, "=>", handle(c));
function classify(n) {
  switch (true) {
    case n < 0:
      throw "negative";
    case n === 0:
      return "zero";
    default:
      return "positive";
  }
}
const out = [];
for (const n of [3, 0, -2]) {
  try {
    out.push(classify(n));
  } catch (e) {
    out.push("threw " + e);
  }
}
console.log(out.join(","));
console.log("done");
