// Array.prototype.toLocaleString: each element's own toLocaleString with the locales and
// options, empty for undefined and null.
console.log([1234.5, 6, null, undefined, 'x', 1e21].toLocaleString());
console.log((1234.5).toLocaleString(), (1234567.891).toLocaleString('en-US', { maximumFractionDigits: 1 }));
console.log([new Date(0)].toLocaleString('en-US', { timeZone: 'UTC' }));
console.log([{ toLocaleString() { return 'custom'; } }, [1000, 2000]].toLocaleString());
try { [Symbol('s'), { toLocaleString: 1 }].toLocaleString(); } catch (e) { console.log(e.constructor.name); }
