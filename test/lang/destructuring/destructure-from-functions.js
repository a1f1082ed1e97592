// Functions returning several values as arrays or objects, destructured at
// the call site; min/max/sum of a list computed in one pass, divmod, and a
// parser returning {value, rest}.
function stats(list) {
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (const v of list) {
    if (v < min) min = v;
    if (v > max) max = v;
    sum += v;
  }
  return { min, max, sum, mean: list.length ? sum / list.length : NaN };
}
const { min, max, mean } = stats([4, 8, 15, 16, 23, 42]);
console.log(min, max, mean, stats([]));
const divmod = (a, b) => [Math.floor(a / b), a % b];
const [qq, rr] = divmod(17, 5);
console.log(qq, rr, divmod(-7, 2), divmod(0, 3));
function num(s) {
  let i = 0;
  while (i < s.length && s[i] >= "0" && s[i] <= "9") i++;
  return { value: Number(s.slice(0, i)), rest: s.slice(i) };
}
let src = "12+345+6+78";
const nums = [];
while (src.length) {
  const { value, rest } = num(src);
  nums.push(value);
  src = rest.slice(1);
}
console.log(nums);
let acc = 0;
for (let i = 1; i < 4000; i++) {
  const [d, m] = divmod(i * 7, 13);
  const { sum } = stats([d, m, i]);
  acc += sum;
}
console.log(acc);
for (const list of [[1], [3, 1, 2], [-5, 5], [0.5, 0.25, 0.125]]) {
  const { min: lo, max: hi, sum: total, mean: avg } = stats(list);
  const [whole, frac] = divmod(total * 8, 8);
  console.log(list, lo, hi, total, avg, whole, frac);
}
