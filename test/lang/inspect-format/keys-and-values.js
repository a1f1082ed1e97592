// Key quoting and value formatting in objects: identifier-like keys
// (letters, digits, _) are bare; keys with $, -, spaces, non-ASCII letters or
// leading digits are quoted; integer keys are quoted and listed first.
// Values: -0, NaN, empty string, nested empties.
console.log({ a: 1, _b: 2, c3: 3, $d: 4, "e-f": 5, "g h": 6, "9i": 7, 10: 8, "é": 9, A_Z_09: 10 });
console.log({ zero: 0, negz: -0, nan: NaN, inf: -Infinity, e: "", arr: [], obj: {}, nest: [[], {}] });
console.log({ "": "empty key", " ": "space key" });
const o = {};
o["constructor_like"] = 1;
o["__x__"] = 2;
o["x.y"] = 3;
o["x/y"] = 4;
o["x'y"] = 5;
console.log(o);
console.log(Object.keys(o));
