// Calling a class constructor without new throws a TypeError.
class Widget { constructor() { this.ok = true; } }
console.log(new Widget().ok);
Widget();
console.log('unreachable');
