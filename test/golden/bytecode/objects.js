const k = 'key';
const o = { a: 1, 'b c': 2, 7: 'seven', [k]: 3, m() { return this.a; } };
o.a += 1;
o[k]++;
const arr = [1, , o.a, ...[4, 5]];
console.log(o.m(), arr[2], 'a' in o, delete o.a, `${arr}`);
