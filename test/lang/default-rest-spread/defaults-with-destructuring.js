// Parameter defaults combined with destructuring patterns: a whole-object
// default ({} = {}), per-field defaults, array-pattern defaults, and
// defaults that depend on destructured names.
function opts({ size = 10, color = "red", tags = [] } = {}) {
  return `${size}/${color}/${tags.length}`;
}
console.log(opts(), opts({}), opts({ size: 3 }), opts({ color: "blue", tags: [1, 2] }), opts({ size: undefined, color: null }));
function point([x = 0, y = x * 2] = []) {
  return x + "," + y;
}
console.log(point(), point([]), point([5]), point([5, 1]), point([undefined, 7]));
function conf({ a, b = a + 1 }, [c = b * 10] = []) {
  return [a, b, c];
}
console.log(conf({ a: 1 }), conf({ a: 1, b: 5 }), conf({ a: 2 }, [3]), conf({}));
let s = 0;
for (let i = 0; i < 3000; i++) s += conf({ a: i % 10 })[2];
console.log(s);
const inputs = [undefined, {}, { size: 0 }, { size: 1, color: "" }, { tags: "abc" }, { extra: 1 }];
for (const inp of inputs) console.log(inp, "->", opts(inp));
for (const p of [undefined, [], [1], [1, 2], [null, 3], [0]]) console.log(p, "->", point(p));
