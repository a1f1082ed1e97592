// Prints three Math.random values (only under kiln --random-seed, by test/process.test.js).
for (let i = 0; i < 3; i++) console.log(Math.random());
