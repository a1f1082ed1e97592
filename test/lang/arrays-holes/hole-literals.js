// Array literals with holes: [1,,3] has length 3 and no index 1; a trailing
// comma does not add a hole ([1,2,] has length 2) but [1,2,,] has one.
// Printing uses "<N empty items>" runs; reads give undefined.
const cases = [[1, , 3], [, 1], [1, ,], [1, 2, ,], [, , ,], [1, 2,], [, "a", , "b", , , "c"], []];
for (const c of cases) {
  let present = "";
  for (let i = 0; i < c.length; i++) present += i in c ? "1" : "0";
  console.log(c.length, present, c);
}
const h = [1, , 3];
console.log(h[1], 1 in h, h.indexOf(undefined), h.includes(undefined), h.join("-"));
console.log([undefined, , undefined]);
console.log([, , 1, , , , , , , , 2, ,]);
