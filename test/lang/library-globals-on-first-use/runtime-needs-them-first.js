// The runtime makes a Buffer (fs) before the program names Buffer or any typed array.
const fs = require('fs');
const bytes = fs.readFileSync(__filename);
console.log(bytes.constructor.name, bytes instanceof Uint8Array, Buffer.isBuffer(bytes));
console.log(bytes.slice(0, 2).toString(), Object.getPrototypeOf(Uint8Array.prototype) === Object.getPrototypeOf(Int8Array.prototype));
