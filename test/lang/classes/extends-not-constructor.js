// Class extends value must be a constructor or null.
const notAClass = 5;
console.log('start');
class X extends notAClass {}
