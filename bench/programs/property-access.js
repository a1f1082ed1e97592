// Property access on class-like objects: particles made by a factory function with the
// same property order (one shape), updated through methods that read and write their
// fields with `this`, plus a function that sees two shapes (a polymorphic site).
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
    if (frame % 100 === 0) {
      for (let i = 0; i < particles.length; i++) total += energy(particles[i]) + energy(markers[i]);
    }
  }
  return total;
}

const particles = [];
for (let i = 0; i < 1000; i++) particles.push(makeParticle(i));
const markers = [];
for (let i = 0; i < 1000; i++) markers.push({ vy: i % 3, vx: i % 4 }); // other order: another shape

let total = 0;
for (let round = 0; round < 20; round++) total += simulate(particles, markers, 100);
let sx = 0;
for (let i = 0; i < particles.length; i++) sx += particles[i].x * 3 + particles[i].y;
console.log(total, sx);
