// A global built on first use, read by `typeof` in code that gets hot before the program
// names it any other way: compiled code must not fold it as absent.
function kinds() {
  return [typeof Intl, typeof TextDecoder, typeof URLSearchParams, typeof Float32Array].join(' ');
}
let last = '';
for (let i = 0; i < 300; i++) last = kinds();
console.log(last);
console.log(typeof NotAGlobal, typeof Buffer.from);
