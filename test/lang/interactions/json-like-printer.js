// A hand-written serializer for nested values (objects, arrays, strings,
// numbers, booleans, null) using typeof, Array.isArray, Object.keys and
// string building with escapes; checked on nested data and run hot.
function ser(v) {
  if (v === null) return "null";
  if (typeof v === "number") return v !== v || v === Infinity || v === -Infinity ? "null" : String(v);
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "string") {
    let out = '"';
    for (let i = 0; i < v.length; i++) {
      const c = v[i];
      if (c === '"') out += '\\"';
      else if (c === "\\") out += "\\\\";
      else if (c === "\n") out += "\\n";
      else out += c;
    }
    return out + '"';
  }
  if (Array.isArray(v)) return "[" + v.map((x) => (x === undefined ? "null" : ser(x))).join(",") + "]";
  if (typeof v === "object") {
    const parts = [];
    for (const k of Object.keys(v)) if (v[k] !== undefined && typeof v[k] !== "function") parts.push(ser(k) + ":" + ser(v[k]));
    return "{" + parts.join(",") + "}";
  }
  return undefined;
}
const data = { name: "kiln", version: 1.5, tags: ["jit", "vm"], nested: { a: [1, { b: null }], q: 'say "hi"\n' }, skip: undefined, f() {}, 2: "two", nan: NaN };
console.log(ser(data));
console.log(ser([]), ser({}), ser([undefined, null, [[]]]), ser("back\\slash"), ser(-0), ser(1e21));
let len = 0;
for (let i = 0; i < 2000; i++) len += ser({ i, arr: [i, i / 2, "s" + i], o: { ok: i % 2 === 0 } }).length;
console.log(len);
const samples = [0, -1.5, "", "a\"b", true, false, null, [1, [2, [3, [4]]]], { a: { b: { c: { d: "deep" } } } }, [{}, [], ""], { "key with space": [null] }];
for (const s of samples) console.log(ser(s), s);
