// A catch block that dispatches on the error class with instanceof, across a
// hierarchy of custom errors and builtin errors thrown by the runtime.
class AppError extends Error {
  constructor(msg) {
    super(msg);
    this.name = "AppError";
  }
}
class DbError extends AppError {
  constructor(msg, query) {
    super(msg);
    this.name = "DbError";
    this.query = query;
  }
}
class AuthError extends AppError {
  constructor(user) {
    super("denied for " + user);
    this.name = "AuthError";
    this.user = user;
  }
}
function operation(i) {
  switch (i % 6) {
    case 0:
      throw new DbError("timeout", "SELECT " + i);
    case 1:
      throw new AuthError("u" + i);
    case 2:
      throw new AppError("generic " + i);
    case 3:
      return undefined.field;
    case 4:
      throw "a string " + i;
    default:
      return "fine " + i;
  }
}
function handle(i) {
  try {
    return operation(i);
  } catch (e) {
    if (e instanceof DbError) return "db(" + e.query + ")";
    if (e instanceof AuthError) return "auth(" + e.user + ")";
    if (e instanceof AppError) return "app(" + e.message + ")";
    if (e instanceof TypeError) return "type(" + e.message + ")";
    return "other(" + e + ")";
  }
}
for (let i = 0; i < 12; i++) console.log(handle(i));
const counts = {};
for (let i = 0; i < 6000; i++) {
  const r = handle(i);
  const k = r.indexOf("(") < 0 ? "fine" : r.slice(0, r.indexOf("("));
  counts[k] = (counts[k] || 0) + 1;
}
console.log(counts);
console.log("done");
