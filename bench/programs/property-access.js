// Micro benchmark PropertyAccess: particles made by a factory function with the same property
// order (one shape), updated through methods that read and write their fields with `this`,
// plus a function that sees two shapes (a polymorphic site).
'use strict';
const { Benchmark } = require('./core.js');

const PARTICLES = 1000;
const FRAMES = 100;
// The result for these sizes (computed by node; every engine must agree).
const PROPERTY_ACCESS_RESULT = 292403;

function makeParticle(i) {
  return {
    x: i % 17,
    y: i % 13,
    vx: (i % 5) - 2,
    vy: (i % 7) - 3,
    step() {
      this.x += this.vx;
      this.y += this.vy;
      if (this.x < 0 || this.x > 100) this.vx = -this.vx;
      if (this.y < 0 || this.y > 100) this.vy = -this.vy;
    },
  };
}

function energy(p) {
  return p.vx * p.vx + p.vy * p.vy;
}

function simulate(particles, markers, frames) {
  let total = 0;
  for (let frame = 0; frame < frames; frame++) {
    for (let i = 0; i < particles.length; i++) particles[i].step();
    if (frame % 10 === 0) {
      for (let i = 0; i < particles.length; i++) total += energy(particles[i]) + energy(markers[i]);
    }
  }
  return total;
}

class PropertyAccess extends Benchmark {
  benchmark() {
    const particles = [];
    for (let i = 0; i < PARTICLES; i++) particles.push(makeParticle(i));
    const markers = [];
    for (let i = 0; i < PARTICLES; i++) markers.push({ vy: i % 3, vx: i % 4 }); // other order: another shape
    let total = simulate(particles, markers, FRAMES);
    for (let i = 0; i < particles.length; i++) total += particles[i].x * 3 + particles[i].y;
    return total;
  }

  verifyResult(result) {
    return result === PROPERTY_ACCESS_RESULT;
  }
}

module.exports = PropertyAccess;
