function makeCounter(start) {
  let count = start;
  function step(by) {
    count += by;
    return count;
  }
  function twice() { step(1); return step(1); }
  return twice();
}
console.log(makeCounter(10));
