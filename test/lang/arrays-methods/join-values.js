// join with default and custom separators over values of every kind:
// null and undefined become "", holes become "", nested arrays are joined
// with commas, numbers use number formatting.
console.log([1, 2, 3].join(), [1, 2, 3].join(""), [1, 2, 3].join(" - "), [].join(), [5].join("x"));
console.log([null, undefined, 1, , 2].join("|"), [true, false, "s"].join(), [[1, 2], [3, [4, 5]]].join(";"));
console.log([0.1 + 0.2, -0, NaN, 1e21, 1 / 3].join(" "), ["é", "日本", "😀"].join("/"));
console.log(new Array(4).join("ab"), [1, 2].join(undefined), [1, 2].join(null), [1, 2].join(0));
function csv(rows) {
  const lines = [];
  for (let i = 0; i < rows.length; i++) lines.push(rows[i].join(","));
  return lines.join("\n");
}
console.log(csv([["a", 1], ["b", 2], ["c", null]]));
let len = 0;
for (let r = 0; r < 3000; r++) len += [r, r + 1, "x", r / 2].join(":").length;
console.log(len);
