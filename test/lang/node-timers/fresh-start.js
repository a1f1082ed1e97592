// A timer counts from when it is made, not from when the program started or the loop turn
// began: a 30 ms timeout made after 40 ms of work still fires after an immediate made then,
// and never earlier than its delay by the clock.
setTimeout(() => console.log('made first, 10 ms'), 10);
setImmediate(() => console.log('immediate'));
const start = Date.now();
while (Date.now() - start < 40);
const made = Date.now();
setTimeout(() => console.log('made after the work, 30 ms; waited long enough:', Date.now() - made >= 29), 30);
setImmediate(() => console.log('second immediate'));
