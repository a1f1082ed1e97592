// new Set / new Map of something not iterable: node's TypeError.
console.log(new Set(null).size, new Map(undefined).size);
new Set(5);
