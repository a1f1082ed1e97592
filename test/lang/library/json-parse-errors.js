// JSON.parse rejects malformed text with a SyntaxError that can be caught (only
// the error's name and class are printed: message wording varies by engine
// version), and a valid document after the failures still parses.
const bad = ["", "{", "[1,2", '{"a":}', "{'a':1}", "[1,]", "01", "tru", '"unterminated', "1 2", "{\"a\" 1}", "NaN", "undefined", "[1] x"];
let failures = 0;
for (const t of bad) {
  try {
    JSON.parse(t);
    console.log("accepted", JSON.stringify(t));
  } catch (e) {
    failures++;
    console.log(JSON.stringify(t), e.name, e instanceof SyntaxError);
  }
}
console.log("failures", failures, "of", bad.length);
console.log(JSON.parse(" [1, {\"ok\": true}] ")[1].ok);
function safeParse(t, fallback) {
  try {
    return JSON.parse(t);
  } catch {
    return fallback;
  }
}
console.log(safeParse("{bad", "fallback"), safeParse("[3]", null)[0]);
console.log("done");
