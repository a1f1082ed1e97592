// delete removes a property (returns true, even when missing); "in" checks
// presence, which differs from "!== undefined" for a property holding
// undefined. Re-adding a deleted key puts it at the end of the key order.
const o = { a: 1, b: undefined, c: 3 };
console.log("a" in o, "b" in o, "z" in o, o.b === undefined, o.z === undefined);
console.log(delete o.a, "a" in o, o.a, o);
console.log(delete o.zzz, o);
o.a = "back";
console.log(Object.keys(o), o);
delete o["c"];
console.log(o, Object.keys(o).length);
const arr = [1, 2, 3];
console.log(0 in arr, 3 in arr, "length" in arr, "1" in arr);
function toggle(obj, key, on) {
  if (on) obj[key] = 1;
  else delete obj[key];
  return key in obj;
}
const t = {};
let yes = 0;
for (let i = 0; i < 4000; i++) if (toggle(t, "k" + (i % 5), i % 3 !== 0)) yes++;
console.log(yes, t);
