// A hand-written naive substring search compared against indexOf for many
// needle/haystack pairs: both must agree, including empty needles and
// needles at the very end of the haystack.
function naive(h, n, from) {
  if (from < 0) from = 0;
  for (let i = from; i + n.length <= h.length; i++) {
    let j = 0;
    while (j < n.length && h.charCodeAt(i + j) === n.charCodeAt(j)) j++;
    if (j === n.length) return i;
  }
  return n.length === 0 && from <= h.length ? from : n.length === 0 ? h.length : -1;
}
const hay = "mississippi river mississippi";
const needles = ["", "i", "ss", "issi", "ppi", "river", "mississippi", "x", "pi r", "i riv", "ippi"];
let agree = 0;
let disagree = 0;
for (let r = 0; r < 400; r++) {
  for (const nd of needles) {
    const from = r % 32;
    if (naive(hay, nd, from) === hay.indexOf(nd, from)) agree++;
    else disagree++;
  }
}
console.log(agree, disagree);
for (const nd of needles) console.log("[" + nd + "]", hay.indexOf(nd), naive(hay, nd, 0), hay.lastIndexOf(nd), hay.indexOf(nd, 20));
