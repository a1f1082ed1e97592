// Benchmark Bounce: balls with random start positions and velocities move inside a square box for
// a fixed number of steps, reflecting off the walls; the result is the number of wall bounces.
// One classic round (100 balls, 50 steps, fresh generator) bounces 1331 times; benchmark() runs
// ROUNDS rounds so that one call does a few milliseconds of work.
'use strict';
const { Benchmark, Random } = require('./core.js');

const BALLS = 100;
const STEPS = 50;
const BOX = 500;
const ROUNDS = 160;
const BOUNCES_PER_ROUND = 1331;

class Ball {
  constructor(random) {
    this.x = random.next() % BOX;
    this.y = random.next() % BOX;
    this.xVel = (random.next() % 300) - 150;
    this.yVel = (random.next() % 300) - 150;
  }

  // Moves one step; returns true when the ball hit a wall.
  bounce() {
    let bounced = false;
    this.x += this.xVel;
    this.y += this.yVel;
    if (this.x > BOX) {
      this.x = BOX;
      this.xVel = -Math.abs(this.xVel);
      bounced = true;
    }
    if (this.x < 0) {
      this.x = 0;
      this.xVel = Math.abs(this.xVel);
      bounced = true;
    }
    if (this.y > BOX) {
      this.y = BOX;
      this.yVel = -Math.abs(this.yVel);
      bounced = true;
    }
    if (this.y < 0) {
      this.y = 0;
      this.yVel = Math.abs(this.yVel);
      bounced = true;
    }
    return bounced;
  }
}

function round() {
  const random = new Random();
  const balls = [];
  for (let i = 0; i < BALLS; i++) balls.push(new Ball(random));
  let bounces = 0;
  for (let step = 0; step < STEPS; step++) {
    for (let i = 0; i < balls.length; i++) {
      if (balls[i].bounce()) bounces++;
    }
  }
  return bounces;
}

class Bounce extends Benchmark {
  benchmark() {
    let total = 0;
    for (let r = 0; r < ROUNDS; r++) total += round();
    return total;
  }

  verifyResult(result) {
    return result === BOUNCES_PER_ROUND * ROUNDS;
  }
}

module.exports = Bounce;
