function make(list) {
  const fns = [];
  let total = 0;
  for (let i = 0; i < list.length; i++) {
    fns.push(() => i + total);
  }
  for (const x of list) {
    total += x;
    fns.push(function () { return x * this.scale; });
  }
  for (const key in { a: 1 }) fns.push(() => key);
  return fns;
}
console.log(make([1, 2]).length);
