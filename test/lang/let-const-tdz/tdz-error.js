// Reading a let binding before its declaration throws ReferenceError (TDZ), even
// when an outer binding of the same name exists. Prints first, then fails.
let v = "outer";
console.log("start", v);
{
  console.log("in block");
  console.log(v);
  let v = "inner";
  console.log("unreachable", v);
}
