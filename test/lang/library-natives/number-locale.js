// Number.prototype.toLocaleString is the host's Intl (en-US here, as node's default).
console.log((1234567.891).toLocaleString(), (0).toLocaleString(), (-1e21).toLocaleString(), NaN.toLocaleString());
console.log((1234.5).toLocaleString('de-DE'), (0.256).toLocaleString('en-US', { style: 'percent' }), (1234.5678).toLocaleString(undefined, { maximumFractionDigits: 1 }));
console.log((12).toLocaleString('en-US', { style: 'currency', currency: 'EUR' }), Number.prototype.toLocaleString.length);
