// Benchmark NBody: a symplectic-Euler simulation of the Sun and the four gas giants (the classic
// n-body problem set-up: masses in solar masses, distances in AU, time in years, G folded into
// 4*pi^2). After the Sun's momentum is offset so the system's total momentum is zero, the system
// advances STEPS steps of 0.01 years; the result is the total energy afterwards.
'use strict';
const { Benchmark } = require('./core.js');

const PI = 3.141592653589793;
const SOLAR_MASS = 4 * PI * PI;
const DAYS_PER_YEAR = 365.24;
const STEPS = 50000;
// Published energies after 1 and 250000 steps; STEPS' value was computed by this implementation.
const KNOWN = [
  [1, -0.16907495402506745],
  [50000, -0.16907807065934344],
  [250000, -0.1690859889909308],
];

class Body {
  constructor(x, y, z, vx, vy, vz, mass) {
    this.x = x;
    this.y = y;
    this.z = z;
    this.vx = vx * DAYS_PER_YEAR;
    this.vy = vy * DAYS_PER_YEAR;
    this.vz = vz * DAYS_PER_YEAR;
    this.mass = mass * SOLAR_MASS;
  }
}

function createBodies() {
  const sun = new Body(0, 0, 0, 0, 0, 0, 1);
  const jupiter = new Body(
    4.8414314424647209, -1.16032004402742839, -1.03622044471123109e-1,
    1.66007664274403694e-3, 7.69901118419740425e-3, -6.90460016972063023e-5,
    9.54791938424326609e-4);
  const saturn = new Body(
    8.34336671824457987, 4.12479856412430479, -4.03523417114321381e-1,
    -2.76742510726862411e-3, 4.99852801234917238e-3, 2.30417297573763929e-5,
    2.85885980666130812e-4);
  const uranus = new Body(
    1.28943695621391310e1, -1.51111514016986312e1, -2.23307578892655734e-1,
    2.96460137564761618e-3, 2.37847173959480950e-3, -2.96589568540237556e-5,
    4.36624404335156298e-5);
  const neptune = new Body(
    1.53796971148509165e1, -2.59193146099879641e1, 1.79258772950371181e-1,
    2.68067772490389322e-3, 1.62824170038242295e-3, -9.51592254519715870e-5,
    5.15138902046611451e-5);
  return [sun, jupiter, saturn, uranus, neptune];
}

class NBodySystem {
  constructor() {
    this.bodies = createBodies();
    let px = 0.0;
    let py = 0.0;
    let pz = 0.0;
    for (let i = 0; i < this.bodies.length; i++) {
      const b = this.bodies[i];
      px += b.vx * b.mass;
      py += b.vy * b.mass;
      pz += b.vz * b.mass;
    }
    const sun = this.bodies[0];
    sun.vx = -px / SOLAR_MASS;
    sun.vy = -py / SOLAR_MASS;
    sun.vz = -pz / SOLAR_MASS;
  }

  advance(dt) {
    const bodies = this.bodies;
    const n = bodies.length;
    for (let i = 0; i < n; i++) {
      const a = bodies[i];
      for (let j = i + 1; j < n; j++) {
        const b = bodies[j];
        const dx = a.x - b.x;
        const dy = a.y - b.y;
        const dz = a.z - b.z;
        const distanceSquared = dx * dx + dy * dy + dz * dz;
        const distance = Math.sqrt(distanceSquared);
        const magnitude = dt / (distanceSquared * distance);
        a.vx -= dx * b.mass * magnitude;
        a.vy -= dy * b.mass * magnitude;
        a.vz -= dz * b.mass * magnitude;
        b.vx += dx * a.mass * magnitude;
        b.vy += dy * a.mass * magnitude;
        b.vz += dz * a.mass * magnitude;
      }
    }
    for (let i = 0; i < n; i++) {
      const body = bodies[i];
      body.x += dt * body.vx;
      body.y += dt * body.vy;
      body.z += dt * body.vz;
    }
  }

  energy() {
    const bodies = this.bodies;
    let e = 0.0;
    for (let i = 0; i < bodies.length; i++) {
      const a = bodies[i];
      e += 0.5 * a.mass * (a.vx * a.vx + a.vy * a.vy + a.vz * a.vz);
      for (let j = i + 1; j < bodies.length; j++) {
        const b = bodies[j];
        const dx = a.x - b.x;
        const dy = a.y - b.y;
        const dz = a.z - b.z;
        e -= (a.mass * b.mass) / Math.sqrt(dx * dx + dy * dy + dz * dz);
      }
    }
    return e;
  }
}

class NBody extends Benchmark {
  constructor(steps) {
    super();
    this.steps = steps === undefined ? STEPS : steps;
  }

  benchmark() {
    const system = new NBodySystem();
    for (let i = 0; i < this.steps; i++) system.advance(0.01);
    return system.energy();
  }

  verifyResult(result) {
    for (let i = 0; i < KNOWN.length; i++) {
      if (KNOWN[i][0] === this.steps) return result === KNOWN[i][1];
    }
    return false;
  }
}

module.exports = NBody;
