// A promise rejected with an error nothing threw: the header points at where it was made.
const p = Promise.reject(new Error('x'));
