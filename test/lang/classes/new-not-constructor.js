// new on an arrow function is a TypeError.
const arrow = () => 1;
console.log('start');
new arrow();
