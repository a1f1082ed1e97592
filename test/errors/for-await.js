// expect: 5:3: unsupported: for-await loop
// for await is not in the subset yet.
console.log("must not print");
async function main(xs) {
  for await (const x of xs) console.log(x);
}
