// Benchmark CD: aircraft collision detection. A simulator produces frames of aircraft positions
// (pairs of aircraft flying side by side on wavy tracks, some of them briefly missing from the
// radar); the detector keeps each aircraft's last position in a red-black tree keyed by call sign,
// turns every frame into straight-line motions, hashes the motions into a grid of 2-D voxels to
// find candidates that may come close, and tests candidate pairs exactly for an approach closer
// than the proximity radius. The result is the number of collisions over all frames.
'use strict';
const { Benchmark, Vector, Dictionary } = require('./core.js');

const AIRCRAFT = 100;
const FRAMES = 150;
const PROXIMITY_RADIUS = 1.0;
const VOXEL_SIZE = 2 * PROXIMITY_RADIUS;
const EXPECTED_COLLISIONS = 1865;

class Vector3D {
  constructor(x, y, z) {
    this.x = x;
    this.y = y;
    this.z = z;
  }

  plus(o) {
    return new Vector3D(this.x + o.x, this.y + o.y, this.z + o.z);
  }

  minus(o) {
    return new Vector3D(this.x - o.x, this.y - o.y, this.z - o.z);
  }

  times(k) {
    return new Vector3D(this.x * k, this.y * k, this.z * k);
  }

  dot(o) {
    return this.x * o.x + this.y * o.y + this.z * o.z;
  }
}

// A voxel's integer grid coordinates; a Dictionary key.
class Voxel {
  constructor(ix, iy) {
    this.ix = ix;
    this.iy = iy;
  }

  hashCode() {
    return (this.ix * 7919 + this.iy * 104729) | 0;
  }

  equals(o) {
    return this.ix === o.ix && this.iy === o.iy;
  }
}

// An unordered pair of aircraft numbers; a Dictionary key.
class PairKey {
  constructor(a, b) {
    this.low = a < b ? a : b;
    this.high = a < b ? b : a;
  }

  hashCode() {
    return (this.low * 65599 + this.high) | 0;
  }

  equals(o) {
    return this.low === o.low && this.high === o.high;
  }
}

class CallSign {
  constructor(number) {
    this.number = number;
  }

  compareTo(o) {
    return this.number < o.number ? -1 : this.number > o.number ? 1 : 0;
  }
}

class TreeNode {
  constructor(key, value) {
    this.key = key;
    this.value = value;
    this.left = null;
    this.right = null;
    this.red = true;
  }
}

function isRed(node) {
  return node !== null && node.red;
}

function rotateLeft(h) {
  const x = h.right;
  h.right = x.left;
  x.left = h;
  x.red = h.red;
  h.red = true;
  return x;
}

function rotateRight(h) {
  const x = h.left;
  h.left = x.right;
  x.right = h;
  x.red = h.red;
  h.red = true;
  return x;
}

function flipColors(h) {
  h.red = !h.red;
  h.left.red = !h.left.red;
  h.right.red = !h.right.red;
}

// Restores the left-leaning invariants at h on the way up.
function rebalance(h) {
  let node = h;
  if (isRed(node.right) && !isRed(node.left)) node = rotateLeft(node);
  if (isRed(node.left) && isRed(node.left.left)) node = rotateRight(node);
  if (isRed(node.left) && isRed(node.right)) flipColors(node);
  return node;
}

function moveRedLeft(h) {
  let node = h;
  flipColors(node);
  if (isRed(node.right.left)) {
    node.right = rotateRight(node.right);
    node = rotateLeft(node);
    flipColors(node);
  }
  return node;
}

function moveRedRight(h) {
  let node = h;
  flipColors(node);
  if (isRed(node.left.left)) {
    node = rotateRight(node);
    flipColors(node);
  }
  return node;
}

// A left-leaning red-black tree (a red-black tree whose red links always lean left) mapping keys
// with compareTo to values.
class RedBlackTree {
  constructor() {
    this.root = null;
    this.count = 0;
    this.replaced = null;
  }

  // Stores value under key; returns the previous value or null.
  put(key, value) {
    this.replaced = null;
    this.root = this.insert(this.root, key, value);
    this.root.red = false;
    return this.replaced;
  }

  insert(h, key, value) {
    if (h === null) {
      this.count++;
      return new TreeNode(key, value);
    }
    const c = key.compareTo(h.key);
    if (c < 0) h.left = this.insert(h.left, key, value);
    else if (c > 0) h.right = this.insert(h.right, key, value);
    else {
      this.replaced = h.value;
      h.value = value;
    }
    return rebalance(h);
  }

  get(key) {
    let h = this.root;
    while (h !== null) {
      const c = key.compareTo(h.key);
      if (c === 0) return h.value;
      h = c < 0 ? h.left : h.right;
    }
    return null;
  }

  remove(key) {
    if (this.get(key) === null) return;
    if (!isRed(this.root.left) && !isRed(this.root.right)) this.root.red = true;
    this.root = this.removeFrom(this.root, key);
    if (this.root !== null) this.root.red = false;
    this.count--;
  }

  removeFrom(h, key) {
    let node = h;
    if (key.compareTo(node.key) < 0) {
      if (!isRed(node.left) && !isRed(node.left.left)) node = moveRedLeft(node);
      node.left = this.removeFrom(node.left, key);
    } else {
      if (isRed(node.left)) node = rotateRight(node);
      if (key.compareTo(node.key) === 0 && node.right === null) return null;
      if (!isRed(node.right) && !isRed(node.right.left)) node = moveRedRight(node);
      if (key.compareTo(node.key) === 0) {
        let min = node.right;
        while (min.left !== null) min = min.left;
        node.key = min.key;
        node.value = min.value;
        node.right = this.removeMin(node.right);
      } else {
        node.right = this.removeFrom(node.right, key);
      }
    }
    return rebalance(node);
  }

  removeMin(h) {
    if (h.left === null) return null;
    let node = h;
    if (!isRed(node.left) && !isRed(node.left.left)) node = moveRedLeft(node);
    node.left = this.removeMin(node.left);
    return rebalance(node);
  }

  // Visits entries in key order.
  forEach(fn) {
    this.visit(this.root, fn);
  }

  visit(h, fn) {
    if (h === null) return;
    this.visit(h.left, fn);
    fn(h.key, h.value);
    this.visit(h.right, fn);
  }

  size() {
    return this.count;
  }
}

class Aircraft {
  constructor(callSign, position) {
    this.callSign = callSign;
    this.position = position;
  }
}

// Aircraft 2k and 2k+1 fly along x side by side on tracks y = 3*2k + 2cos(t) and 3*2k + 2sin(t)
// at altitude 10; aircraft i is off the radar in every frame f with (f + i) % 23 === 0.
class Simulator {
  constructor(aircraft) {
    this.callSigns = new Vector(aircraft);
    for (let i = 0; i < aircraft; i++) this.callSigns.append(new CallSign(i));
  }

  frame(index) {
    const time = index / 10;
    const frame = new Vector(this.callSigns.size());
    for (let i = 0; i < this.callSigns.size(); i += 2) {
      const base = i * 3;
      if ((index + i) % 23 !== 0) {
        frame.append(new Aircraft(this.callSigns.at(i), new Vector3D(time, base + Math.cos(time) * 2, 10)));
      }
      if (i + 1 < this.callSigns.size() && (index + i + 1) % 23 !== 0) {
        frame.append(new Aircraft(this.callSigns.at(i + 1), new Vector3D(time, base + Math.sin(time) * 2, 10)));
      }
    }
    return frame;
  }
}

// An aircraft's straight-line movement between two frames, parameterised by t in [0, 1].
class Motion {
  constructor(callSign, from, to) {
    this.callSign = callSign;
    this.from = from;
    this.to = to;
  }

  // The midpoint of the two aircraft when they first come within the proximity radius, or null.
  findIntersection(other) {
    const start = this.from.minus(other.from);
    const velocity = this.to.minus(this.from).minus(other.to.minus(other.from));
    const a = velocity.dot(velocity);
    const b = 2 * start.dot(velocity);
    const c = start.dot(start) - PROXIMITY_RADIUS * PROXIMITY_RADIUS;
    let t = 0;
    if (a === 0) {
      if (c > 0) return null;
    } else {
      const discriminant = b * b - 4 * a * c;
      if (discriminant < 0) return null;
      const root = Math.sqrt(discriminant);
      const enter = (-b - root) / (2 * a);
      const leave = (-b + root) / (2 * a);
      if (enter > 1 || leave < 0) return null;
      t = enter > 0 ? enter : 0;
    }
    const mine = this.from.plus(this.to.minus(this.from).times(t));
    const theirs = other.from.plus(other.to.minus(other.from).times(t));
    return mine.plus(theirs).times(0.5);
  }
}

class Collision {
  constructor(first, second, position) {
    this.first = first;
    this.second = second;
    this.position = position;
  }
}

function voxelIndex(coordinate) {
  return Math.floor(coordinate / VOXEL_SIZE);
}

class CollisionDetector {
  constructor() {
    this.lastPositions = new RedBlackTree();
  }

  handleFrame(frame) {
    const motions = new Vector(frame.size());
    const seen = new RedBlackTree();
    for (let i = 0; i < frame.size(); i++) {
      const aircraft = frame.at(i);
      let previous = this.lastPositions.put(aircraft.callSign, aircraft.position);
      if (previous === null) previous = aircraft.position; // first sighting: not moving yet
      seen.put(aircraft.callSign, true);
      motions.append(new Motion(aircraft.callSign, previous, aircraft.position));
    }
    const gone = new Vector(4);
    this.lastPositions.forEach((callSign) => {
      if (seen.get(callSign) === null) gone.append(callSign);
    });
    for (let i = 0; i < gone.size(); i++) this.lastPositions.remove(gone.at(i));
    if (this.lastPositions.size() !== frame.size()) throw new Error("position table out of step with the frame");
    return this.collisions(this.candidateGroups(motions));
  }

  // Puts every motion in each voxel its swept box (padded by the proximity radius) touches.
  candidateGroups(motions) {
    const voxels = new Dictionary();
    for (let i = 0; i < motions.size(); i++) {
      const m = motions.at(i);
      const lowX = voxelIndex(Math.min(m.from.x, m.to.x) - PROXIMITY_RADIUS);
      const highX = voxelIndex(Math.max(m.from.x, m.to.x) + PROXIMITY_RADIUS);
      const lowY = voxelIndex(Math.min(m.from.y, m.to.y) - PROXIMITY_RADIUS);
      const highY = voxelIndex(Math.max(m.from.y, m.to.y) + PROXIMITY_RADIUS);
      for (let ix = lowX; ix <= highX; ix++) {
        for (let iy = lowY; iy <= highY; iy++) {
          const key = new Voxel(ix, iy);
          let group = voxels.at(key);
          if (group === null) {
            group = new Vector(4);
            voxels.atPut(key, group);
          }
          group.append(m);
        }
      }
    }
    const groups = new Vector(16);
    voxels.forEachEntry((key, group) => {
      if (group.size() > 1) groups.append(group);
    });
    return groups;
  }

  // Tests each pair sharing a voxel once, however many voxels they share.
  collisions(groups) {
    const tested = new Dictionary();
    const found = new Vector(4);
    for (let g = 0; g < groups.size(); g++) {
      const group = groups.at(g);
      for (let i = 0; i < group.size(); i++) {
        const a = group.at(i);
        for (let j = i + 1; j < group.size(); j++) {
          const b = group.at(j);
          const pair = new PairKey(a.callSign.number, b.callSign.number);
          if (tested.containsKey(pair)) continue;
          tested.atPut(pair, true);
          const where = a.findIntersection(b);
          if (where !== null) found.append(new Collision(a.callSign, b.callSign, where));
        }
      }
    }
    return found;
  }
}

class CD extends Benchmark {
  benchmark() {
    const simulator = new Simulator(AIRCRAFT);
    const detector = new CollisionDetector();
    let collisions = 0;
    for (let f = 0; f < FRAMES; f++) collisions += detector.handleFrame(simulator.frame(f)).size();
    return collisions;
  }

  verifyResult(result) {
    return result === EXPECTED_COLLISIONS;
  }
}

module.exports = CD;
