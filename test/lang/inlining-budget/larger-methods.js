// Methods bigger than the small-callee limit inline into the compiled function (up to a
// budget per compilation). Guards inside them deopt with both frames rebuilt, errors they
// throw list the inlined frame, and a budget that runs out leaves later sites as calls.

class Ball {
  constructor(x, y, vx, vy) { this.x = x; this.y = y; this.vx = vx; this.vy = vy; }
  step(box) {
    let hit = false;
    this.x += this.vx;
    this.y += this.vy;
    if (this.x > box) { this.x = box; this.vx = -Math.abs(this.vx); hit = true; }
    if (this.x < 0) { this.x = 0; this.vx = Math.abs(this.vx); hit = true; }
    if (this.y > box) { this.y = box; this.vy = -Math.abs(this.vy); hit = true; }
    if (this.y < 0) { this.y = 0; this.vy = Math.abs(this.vy); hit = true; }
    return hit;
  }
  describe(prefix) {
    const where = this.x > 50 ? 'right' : 'left';
    const height = this.y > 50 ? 'top' : 'bottom';
    const speed = Math.abs(this.vx) + Math.abs(this.vy);
    const kind = speed > 10 ? 'fast' : speed > 5 ? 'medium' : 'slow';
    return prefix + ':' + where + '/' + height + '/' + kind + '/' + this.x.toFixed(1);
  }
  check() {
    if (this.x !== this.x) throw new TypeError('x is NaN');
    if (this.vx === 0 && this.vy === 0) return 'still';
    return this.vx > 0 ? (this.vy > 0 ? 'ne' : 'se') : this.vy > 0 ? 'nw' : 'sw';
  }
}

function run(balls, steps) {
  let hits = 0;
  const dirs = {};
  for (let s = 0; s < steps; s++) {
    for (let i = 0; i < balls.length; i++) {
      const b = balls[i];
      if (b.step(100)) hits++;
      const d = b.check();
      dirs[d] = (dirs[d] || 0) + 1;
    }
  }
  return hits + ' ' + JSON.stringify(dirs) + ' ' + balls[0].describe('b0') + ' ' + balls[balls.length - 1].describe('bn');
}

const balls = [];
for (let i = 0; i < 20; i++) balls.push(new Ball(i * 5, 100 - i * 5, (i % 7) - 3, (i % 5) - 2));
console.log(run(balls, 500));
// Doubles where ints were: the arithmetic inside the inlined method deopts and recompiles.
balls[3].vx = 0.75;
balls[4].x = 10.5;
console.log(run(balls, 200));
// A string where a number was: comparisons and += inside the inlined body change meaning.
balls[5].x = '7';
console.log(run(balls, 3));
// The inlined method throws: the stack names it, then the caller.
balls[6].x = undefined;
balls[6].vx = undefined;
try {
  run(balls, 2);
} catch (e) {
  console.log(e.constructor.name, e.message);
  console.log(e.stack.split('\n').slice(0, 3).map((l) => l.replace(/\(.*[\\/]/, '(')).join('\n'));
}

// Many distinct bigger callees in one function: past the budget they stay calls.
function f1(a) { let r = a; if (a > 1) r += 1; if (a > 2) r *= 2; if (a > 3) r -= 3; if (a > 4) r += a * 2; if (a > 5) r = r % 97; return r; }
function f2(a) { let r = a; if (a > 1) r += 2; if (a > 2) r *= 3; if (a > 3) r -= 4; if (a > 4) r += a * 3; if (a > 5) r = r % 89; return r; }
function f3(a) { let r = a; if (a > 1) r += 3; if (a > 2) r *= 4; if (a > 3) r -= 5; if (a > 4) r += a * 4; if (a > 5) r = r % 83; return r; }
function f4(a) { let r = a; if (a > 1) r += 4; if (a > 2) r *= 5; if (a > 3) r -= 6; if (a > 4) r += a * 5; if (a > 5) r = r % 79; return r; }
function f5(a) { let r = a; if (a > 1) r += 5; if (a > 2) r *= 6; if (a > 3) r -= 7; if (a > 4) r += a * 6; if (a > 5) r = r % 73; return r; }
function f6(a) { let r = a; if (a > 1) r += 6; if (a > 2) r *= 7; if (a > 3) r -= 8; if (a > 4) r += a * 7; if (a > 5) r = r % 71; return r; }
function f7(a) { let r = a; if (a > 1) r += 7; if (a > 2) r *= 8; if (a > 3) r -= 9; if (a > 4) r += a * 8; if (a > 5) r = r % 67; return r; }
function f8(a) { let r = a; if (a > 1) r += 8; if (a > 2) r *= 9; if (a > 3) r -= 10; if (a > 4) r += a * 9; if (a > 5) r = r % 61; return r; }
function all(n) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    const a = i % 9;
    s += f1(a) + f2(a) + f3(a) + f4(a) + f5(a) + f6(a) + f7(a) + f8(a);
    s += f8(a + 0.5) - f1(a + 0.5);
  }
  return s;
}
console.log(all(3000), all(10));
