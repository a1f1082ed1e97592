// Error subclasses: the stack's first line has the name the error has when the stack is first
// read (V8 makes the text then), so a subclass that sets this.name prints it; own properties
// the constructor adds are printed after the stack.
class ValidationError extends Error {
  constructor(message, field) {
    super(message);
    this.name = 'ValidationError';
    this.field = field;
  }
}
class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}
class NotFound extends HttpError {
  constructor(what) {
    super(404, `${what} not found`);
    this.name = 'NotFound';
  }
}
function validate(value) {
  if (typeof value !== 'number') throw new ValidationError('expected a number', 'age');
  return value;
}
try {
  validate('x');
} catch (e) {
  console.log(e);
  console.log(e.stack);
  console.log(String(e), e instanceof ValidationError, e instanceof Error);
}
const h = new HttpError(500, 'server');
console.log(h);
console.log(h.name, String(h));
const nf = new NotFound('page');
console.log(nf);
console.log(nf instanceof NotFound, nf instanceof HttpError, nf instanceof Error, nf instanceof TypeError);
class Quiet extends TypeError {}
console.log(new Quiet('quiet'));
class Named extends Error {}
Named.prototype.name = 'NamedOnPrototype';
console.log(new Named('proto name'));
