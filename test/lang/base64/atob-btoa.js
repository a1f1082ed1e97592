// node's btoa/atob globals: Latin-1 text to base64 and back.
const samples = ['', 'a', 'ab', 'abc', 'hello world', '\u00ff\u0000\u0080', String(undefined)];
for (const s of samples) {
  const b = btoa(s);
  console.log(JSON.stringify(s), b, atob(b) === s);
}
console.log(btoa(123), atob('  aGk= '), typeof atob, Object.keys(globalThis).includes('btoa'));
for (const bad of [() => btoa('\u0100'), () => atob('*'), () => btoa()]) {
  try { bad(); } catch (e) { console.log(e.message); }
}
