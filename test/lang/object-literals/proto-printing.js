console.log({__proto__: null, x: 1}); const p={a:1}; console.log({__proto__: p, b: 2}); class A{}; console.log({__proto__: A.prototype, z: 1})
