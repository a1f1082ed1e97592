// JSON.parse of numbers (exponents, negative, fractions), strings with every
// escape including \u sequences and surrogate pairs, literals, nested
// structures, whitespace, and duplicate keys (the last one wins).
const texts = [
  "0",
  "-12.5e3",
  "1E-2",
  "123456789012345678901234567890",
  '"tab\\tnew\\nquote\\"back\\\\slash\\/"',
  '"\\u0041\\u00e9\\u2603\\ud83d\\ude00"',
  "true",
  "false",
  "null",
  "[]",
  "{}",
  ' [ 1 , 2 ,\n\t3 ] ',
  '{"a":{"b":{"c":[1,{"d":"e"}]}}}',
  '{"dup":1,"dup":2}',
  '{"10":"ten","2":"two","z":0,"a":1}',
];
for (const t of texts) {
  const v = JSON.parse(t);
  console.log(typeof v, JSON.stringify(v));
}
const parsed = JSON.parse('{"list":[{"id":1,"ok":true},{"id":2,"ok":false}],"count":2}');
console.log(parsed.count, parsed.list[1].id, parsed.list[0].ok, Array.isArray(parsed.list));
console.log(Object.keys(JSON.parse('{"10":"ten","2":"two","z":0,"a":1}')).join(","));
console.log(JSON.parse('"\\u00e9"').length, JSON.parse('"\\ud83d\\ude00"').length);
console.log("done");
