// A runtime TypeError: the caret under the property read, as V8 places it.
const config = {};
function port(c) {
  return c.server.port;
}
port(config);
