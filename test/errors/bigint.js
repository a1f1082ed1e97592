// expect: 4:9: unsupported: bigint
// BigInt literals are not in the subset.
console.log("must not print");
let b = 10n;
