// Classes extending Error with extra fields: name set in the constructor,
// instanceof through the chain, message from super, String(e) and the first
// line of the stack.
class ValidationError extends Error {
  constructor(field, message) {
    super(message);
    this.name = "ValidationError";
    this.field = field;
  }
}
class HttpError extends Error {
  constructor(status, message) {
    super("HTTP " + status + ": " + message);
    this.name = "HttpError";
    this.status = status;
  }
  isClientError() {
    return this.status >= 400 && this.status < 500;
  }
}
class NotFound extends HttpError {
  constructor(path) {
    super(404, "not found " + path);
    this.name = "NotFound";
    this.path = path;
  }
}
const errors = [new ValidationError("email", "missing @"), new HttpError(500, "server"), new NotFound("/x")];
for (const e of errors) {
  console.log(e.name, "|", e.message, "|", String(e));
  console.log(" ", e instanceof Error, e instanceof ValidationError, e instanceof HttpError, e instanceof NotFound);
}
console.log(errors[0].field, errors[1].status, errors[2].status, errors[2].path, errors[2].isClientError(), errors[1].isClientError());
try {
  throw new NotFound("/missing");
} catch (e) {
  if (e instanceof HttpError) console.log("http error caught:", e.status, e.message);
}
class Plain extends Error {}
const p = new Plain("plain msg");
console.log(p.name, p.message, p instanceof Plain, String(p));
console.log(Object.keys(errors[2]).join(","));
console.log("done");
