// startsWith / endsWith with position arguments, empty needles and needles
// longer than the string; used in a hot filter over a list of file names.
const s = "filename.test.js";
console.log(s.startsWith("file"), s.startsWith("name"), s.startsWith("name", 4), s.startsWith(""), s.startsWith(s + "x"));
console.log(s.endsWith(".js"), s.endsWith(".ts"), s.endsWith("test", 13), s.endsWith(""), s.endsWith("x" + s));
console.log(s.startsWith("f", -5), s.startsWith("s", 100), s.endsWith("f", 1), s.endsWith("f", 0), s.endsWith("js", 100));
const files = [];
for (let i = 0; i < 40; i++) {
  const ext = i % 4 === 0 ? ".js" : i % 4 === 1 ? ".ts" : i % 4 === 2 ? ".test.js" : ".json";
  files.push((i % 3 === 0 ? "src_" : "lib_") + i + ext);
}
function count(list) {
  let js = 0;
  let tests = 0;
  let src = 0;
  for (let i = 0; i < list.length; i++) {
    const f = list[i];
    if (f.endsWith(".js")) js++;
    if (f.endsWith(".test.js")) tests++;
    if (f.startsWith("src_")) src++;
  }
  return [js, tests, src];
}
let total = 0;
for (let r = 0; r < 2000; r++) total += count(files)[0];
console.log(total, count(files).join(" "));
const picked = [];
for (const f of files) if (f.startsWith("src_") && !f.endsWith("on")) picked.push(f);
console.log(picked.join(" "));
