// The catch parameter is a fresh binding scoped to the catch block: it shadows
// outer variables of the same name, closures capture it per catch, and the
// outer variable is untouched afterwards.
let e = "outer e";
try {
  throw "inner e";
} catch (e) {
  console.log("in catch:", e);
  e = "reassigned in catch";
  console.log("reassigned:", e);
}
console.log("after:", e);
const closures = [];
for (let i = 0; i < 3; i++) {
  try {
    throw i * 10;
  } catch (err) {
    closures.push(() => err);
  }
}
console.log(closures.map((f) => f()).join(","));
function shadowParam(x) {
  try {
    throw x + 1;
  } catch (x) {
    return x * 2;
  }
}
console.log(shadowParam(4));
let err = 1;
try {
  try {
    throw 2;
  } catch (err) {
    try {
      throw 3;
    } catch (err) {
      console.log("innermost", err);
    }
    console.log("middle", err);
  }
} finally {
  console.log("outer", err);
}
function capture() {
  let fn;
  try {
    throw { v: "captured" };
  } catch (ex) {
    fn = function () {
      return ex.v;
    };
    ex = { v: "changed before return" };
  }
  return fn();
}
console.log(capture());
console.log("done");
