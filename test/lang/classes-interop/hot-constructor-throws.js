// A constructor made hot by 100k `new` calls throws, now and then, from a
// helper two calls deep; the partially built object is dropped and the
// caller's catch sees the error from the helper.
function checkedSqrt(x) {
  if (x < 0) throw new RangeError("sqrt of negative " + x);
  return Math.sqrt(x);
}
function normalize(v) {
  return checkedSqrt(v) | 0;
}
class Cell {
  constructor(v) {
    this.raw = v;
    this.norm = normalize(v);
    this.ok = true;
  }
}
class TaggedCell extends Cell {
  constructor(v, tag) {
    super(v);
    this.tag = tag;
  }
}
let sum = 0;
let failed = 0;
let lastMessage = "";
for (let i = 0; i < 100000; i++) {
  const v = i % 9973 === 0 ? -i : i & 1023;
  try {
    const c = i & 1 ? new TaggedCell(v, "t") : new Cell(v);
    sum += c.norm;
  } catch (e) {
    failed++;
    lastMessage = e.message;
  }
}
console.log(sum, failed, lastMessage);
let made = null;
try {
  made = new TaggedCell(-4, "late");
} catch (e) {
  console.log(e.name, e.message, made);
}
console.log("done");
