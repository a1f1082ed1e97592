// A setter on the prototype intercepts assignments to instances (no own property made).
class Model {
  set value(v) { this.history = (this.history || 0) + 1; this._value = v; }
  get value() { return this._value; }
}
const m = new Model();
for (let i = 0; i < 1000; i++) m.value = i;
console.log(m.value, m.history, Object.keys(m));
const plain = new Model();
plain.value = 'x';
console.log(plain, plain.value);
