// Comparing BigInts with each other, with numbers (exactly, no rounding), with strings
// (parsed as BigInt literals, or unordered) and with booleans; equality as the spec has it.
const values = [0n, -0n, 1n, -1n, 2n ** 53n + 1n, 0, 1, -1, 0.5, 2 ** 53, NaN, Infinity, -Infinity, '1', '0x10', ' 2 ', '1.5', 'x', '', true, false, null, undefined];
for (const a of [0n, 1n, -1n, 2n ** 53n + 1n, 16n]) {
  const row = values.map((b) => `${a < b ? '<' : ''}${a > b ? '>' : ''}${a <= b ? 'l' : ''}${a >= b ? 'g' : ''}${a == b ? '=' : ''}${a === b ? 'S' : ''}`);
  console.log(String(a), row.join(' '));
}
console.log(2n ** 53n + 1n == 2 ** 53 + 1, 2n ** 53n == 2 ** 53, 9007199254740993n > 9007199254740992, 1n == 1.0000001);
console.log(Object.is(0n, -0n), [0n].includes(-0n), [1n, 2n].indexOf(2n), new Set([1n, 1n, BigInt(1), 2n ** 64n, 2n ** 64n]).size);
const m = new Map(); m.set(10n ** 30n, 'big'); console.log(m.get(10n ** 30n), m.has(10n ** 30n + 0n), m.has(10 ** 30));
console.log([5n, -3n, 10n ** 20n, 0n].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), [3n, 20n, 100n].sort());
console.log(1n == Object(1n), 1n === Object(1n), Object(1n) == Object(1n), 1n == { valueOf() { return 1n; } });
