function f({ a, b = 2 }, [c, , ...d], ...rest) {
  return a + b + c + d.length + rest.length + arguments.length;
}
const { x, y: [z] = [0] } = { x: 1 };
let p = 1, q = 2;
[p, q] = [q, p];
console.log(f({ a: 1 }, [3, 4, 5], 6), x, z, p, q);
