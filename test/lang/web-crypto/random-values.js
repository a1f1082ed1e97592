// The global crypto (Web Crypto) without a require: randomUUID() is a version-4 UUID, and
// getRandomValues fills an integer typed array in place and returns it; it prints as
// `Crypto {}`, its class cannot be constructed, and a non-integer array is refused.
const uuid = crypto.randomUUID();
console.log(typeof uuid, uuid.length, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(uuid));
const ids = new Set(Array.from({ length: 100 }, () => crypto.randomUUID()));
console.log(ids.size);
const bytes = new Uint8Array(64);
console.log(crypto.getRandomValues(bytes) === bytes, bytes.length, bytes.some((b) => b !== 0));
const words = crypto.getRandomValues(new Uint32Array(8));
console.log(words.constructor.name, words.every((w) => Number.isInteger(w) && w >= 0));
const dice = Array.from(crypto.getRandomValues(new Uint8Array(1000)), (b) => (b % 6) + 1);
console.log(Math.min(...dice) >= 1, Math.max(...dice) <= 6);
console.log(crypto, typeof crypto, Object.prototype.toString.call(crypto), typeof crypto.getRandomValues);
try { new crypto.constructor(); } catch (e) { console.log(e.constructor.name, e.message); }
try { crypto.getRandomValues(new Float64Array(2)); } catch (e) { console.log(e.message); }
