// The objects setTimeout, setInterval and setImmediate return, and `this` in their callbacks:
// node's Timeout and Immediate objects (a sloppy callback's `this` is the handle; a strict
// one's too; an arrow keeps its own), ref/unref/hasRef/refresh/close, the id a handle
// converts to (clearTimeout takes it), and promisify(setTimeout) / timers/promises.
const t = setTimeout(function (a, b) {
  console.log('timeout', typeof this, this === t, this.constructor.name, a, b);
  const i = setInterval(function () {
    console.log('interval', this === i, this.constructor.name);
    clearInterval(this);
    setTimeout(function () {
      'use strict';
      console.log('strict', this === undefined, this && this.constructor.name);
      setTimeout(() => {
        console.log('arrow', this === undefined, this && this.constructor && this.constructor.name);
        immediates();
      }, 1);
    }, 1);
  }, 1);
}, 1, 'x', 'y');

function immediates() {
  const im = setImmediate(function (v) {
    console.log('immediate', this === im, this.constructor.name, v, typeof im.ref, typeof im.hasRef, typeof im.refresh);
    handles();
  }, 5);
}

function handles() {
  const c = setTimeout(() => console.log('never: closed'), 5);
  console.log(c.close() === c, typeof c.ref, typeof c.unref, c.hasRef(), c.unref().hasRef(), c.ref().hasRef());
  const d = setTimeout(() => console.log('never: cleared by id'), 5);
  const id = +d;
  console.log(typeof id, Number.isInteger(id), `${d}` === String(id), typeof d[Symbol.toPrimitive], d.refresh() === d);
  clearTimeout(id);
  const u = setTimeout(() => console.log('never: unref keeps nothing alive'), 50);
  u.unref();
  console.log(Object.prototype.hasOwnProperty.call(Object.getPrototypeOf(d), 'constructor'), Object.keys(Object.getPrototypeOf(d)).includes('constructor'));
}
