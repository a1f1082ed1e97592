// Template literals: substitutions of every value kind (formatted like String(v)),
// nested templates, expressions, escapes and multi-line text.
let n = 42;
let d = 0.1 + 0.2;
console.log(`n=${n} d=${d} sum=${n + d}`);
console.log(`${-0} ${NaN} ${Infinity} ${null} ${undefined} ${true} ${1e21} ${1e-7}`);
console.log(`nested: ${`inner ${n * 2}`} and ${n > 40 ? `big ${n}` : "small"}`);
console.log(`no subs`, ``, `${""}`, `a${1}${2}b`, `${1}${"2"}` + 3);
console.log(`line1
line2\tTabbed \${not a sub} \` backtick`);
function label(i) {
  return `item#${i}:${i * i}`;
}
let all = "";
for (let i = 0; i < 5; i++) all += label(i) + (i < 4 ? "," : "");
console.log(all);
let count = 0;
for (let i = 0; i < 5000; i++) if (`${i}` === "" + i) count++;
console.log(count, typeof `${n}`);
