// Sloppy code assigns a library global before reading it: the assignment replaces the
// builtin, it is not replaced by the builtin later.
URL = 'mine';
console.log(URL, typeof URLSearchParams);
Intl = 42;
console.log(Intl + 1);
(0, eval)('var TextEncoder;');
console.log(typeof TextEncoder);
