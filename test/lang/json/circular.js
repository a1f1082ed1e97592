// A cycle cannot be stringified: node's TypeError (first line of its message).
const a = { name: 'a' };
a.self = a;
console.log(a.self.name);
JSON.stringify(a);
