// toFixed digits outside 0..100: node's RangeError.
console.log((1).toFixed(100).length);
(1).toFixed(101);
