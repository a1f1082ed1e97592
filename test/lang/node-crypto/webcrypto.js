// require('crypto').webcrypto is the global `crypto` (node's Web Crypto object), and
// crypto.getRandomValues fills a typed array in place, as the global's method does.
const crypto = require('crypto');
console.log(crypto.webcrypto === globalThis.crypto, typeof crypto.webcrypto, crypto.webcrypto);
const bytes = crypto.getRandomValues(new Uint8Array(16));
console.log(bytes instanceof Uint8Array, bytes.length, typeof crypto.webcrypto.randomUUID());
console.log(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(crypto.webcrypto.randomUUID()));
