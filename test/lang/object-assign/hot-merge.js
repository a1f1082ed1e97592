// Object.assign in a hot function (compiled) merging defaults and options.
function withDefaults(options) {
  return Object.assign({ size: 1, color: 'red', tags: [] }, options);
}
let total = 0;
for (let i = 0; i < 3000; i++) {
  const o = withDefaults(i % 2 ? { size: i } : { color: 'blue' });
  total += o.size + o.color.length;
}
console.log(total, withDefaults({ extra: true }));
