// Once the global object is a value, every global exists on it, as in node.
function sloppyThis() { return this; }
const g = sloppyThis();
console.log(g === globalThis, g === global, typeof g.Intl, 'Buffer' in g, 'DataView' in global);
const names = Object.getOwnPropertyNames(globalThis);
for (const n of ['Int8Array', 'Float64Array', 'ArrayBuffer', 'DataView', 'Buffer', 'TextEncoder', 'TextDecoder', 'URL', 'URLSearchParams', 'Intl', 'globalThis', 'global']) {
  console.log(n, names.includes(n), Object.getOwnPropertyDescriptor(globalThis, n) !== undefined);
}
console.log(Object.keys(globalThis).includes('global'), Object.keys(globalThis).includes('URL'));
console.log(globalThis['Ui' + 'nt8Array'].name, new globalThis.Intl.NumberFormat('en-US').format(1234.5));
