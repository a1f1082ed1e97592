// One throw site in a hot function throws values of different types (int,
// double, string, object, Error, null) depending on the iteration; the catch
// site sees each type and tallies them.
function thrower(i) {
  const k = i % 6;
  if (k === 0) throw i;
  if (k === 1) throw i + 0.5;
  if (k === 2) throw "s" + (i & 7);
  if (k === 3) throw { n: i };
  if (k === 4) throw new Error("e" + (i & 3));
  throw null;
}
const tally = { number: 0, string: 0, object: 0, error: 0, nul: 0 };
let numSum = 0;
let strLen = 0;
let objSum = 0;
for (let i = 0; i < 30000; i++) {
  try {
    thrower(i);
  } catch (e) {
    if (e === null) tally.nul++;
    else if (typeof e === "number") {
      tally.number++;
      numSum += e;
    } else if (typeof e === "string") {
      tally.string++;
      strLen += e.length;
    } else if (e instanceof Error) {
      tally.error++;
      strLen += e.message.length;
    } else {
      tally.object++;
      objSum += e.n;
    }
  }
}
console.log(tally);
console.log(numSum, strLen, objSum);
console.log("done");
