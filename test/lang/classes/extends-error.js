// A class extending the native Error constructor: super(message) constructs with the derived
// class as new.target (its prototype, its methods, instanceof both).
class AppError extends Error {
  constructor(message, code) {
    super('app: ' + message);
    this.code = code;
  }
  describe() { return `${this.name}/${this.code}/${this.message}`; }
}
class NotFound extends AppError {
  constructor(what) { super(what + ' not found', 404); }
}
const e = new NotFound('page');
console.log(e.describe(), e instanceof NotFound, e instanceof AppError, e instanceof Error);
console.log(Object.keys(e), String(e), e.constructor === NotFound);
const plain = new Error('plain');
console.log(plain instanceof AppError, Object.keys(plain), `${plain}`);
let n = 0;
for (let i = 0; i < 500; i++) if (new AppError('x', i).code === i) n++;
console.log(n);
