// JSON.parse builds plain objects and arrays; numbers, escapes, whitespace.
const v = JSON.parse(' { "a": 1, "b": [true, false, null], "c": "x\\ny\\u0041", "d": -1.5e3, "e": {} } ');
console.log(v, v.b.length, v.c, typeof v.d);
console.log(JSON.parse('"just a string"'), JSON.parse('42'), JSON.parse('null'), JSON.parse('[1,[2,[3]]]'));
const keys = JSON.parse('{"z": 1, "10": 2, "a": 3, "2": 4}');
console.log(Object.keys(keys));
const dup = JSON.parse('{"k": 1, "k": 2}');
console.log(dup.k, Object.keys(dup).length);
v.b.push('more');
v.e.added = true;
console.log(v.b, v.e);
