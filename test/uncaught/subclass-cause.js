// A subclass with own properties and a cause.
class DbError extends Error {
  constructor(m, code) {
    super(m, { cause: new RangeError('pool exhausted') });
    this.name = 'DbError';
    this.code = code;
  }
}
throw new DbError('query failed', 'E_POOL');
