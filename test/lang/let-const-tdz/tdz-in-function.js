// TDZ through a function call: the function reads a top-level let that has not
// been initialized yet at the time of the call.
function readLater() {
  return later + 1;
}
console.log("before");
let early = 1;
console.log("early", early);
console.log(readLater());
let later = 41;
console.log("never", later);
