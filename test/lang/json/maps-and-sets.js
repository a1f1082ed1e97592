// Maps and Sets have no enumerable own properties: JSON.stringify gives {}.
console.log(JSON.stringify(new Map([['a', 1]])), JSON.stringify([new Set([1, 2])]));
const m = new Map([['a', 1], ['b', 2]]);
console.log(JSON.stringify([...m]), JSON.stringify([...m.values()]));
console.log(JSON.stringify({ entries: [...m.entries()], keys: [...m.keys()] }, null, 1));
