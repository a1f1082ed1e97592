// TextEncoder and TextDecoder: encode/encodeInto, decode from typed arrays, buffers and
// ArrayBuffers, labels, the fatal mode, streaming, printing and node's errors.
const e = new TextEncoder();
console.log(e, e.encoding, e.encode('hé'), e.encode(), e.encodeInto('ab', new Uint8Array(4)));
const d = new TextDecoder();
console.log(d, d.encoding, d.fatal, d.ignoreBOM, d.decode(new Uint8Array([104, 195, 169])), JSON.stringify(d.decode()), new TextDecoder('utf-16le').decode(new Uint8Array([104, 0])), d.decode(new Uint8Array([104]).buffer));
try { new TextDecoder('nope'); } catch (x) { console.log(x.name, x.code, x.message); }
try { new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff])); } catch (x) { console.log(x.name, x.code, x.message); }
const streaming = new TextDecoder();
console.log(streaming.decode(new Uint8Array([0xe2, 0x82]), { stream: true }) + streaming.decode(new Uint8Array([0xac])));
console.log(Object.prototype.toString.call(e), d.decode(Buffer.from('buffer in')), new TextDecoder().decode(e.encode('round trip ✓')));
try { TextEncoder(); } catch (x) { console.log(x.name, x.message); }
