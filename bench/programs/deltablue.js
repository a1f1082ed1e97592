// Benchmark: an incremental hierarchical constraint solver in the style of DeltaBlue
// (Freeman-Benson, Maloney and Borning). Variables are connected by constraints of different
// strengths (required down to weakest); the planner keeps a "walkabout strength" per variable so
// that adding or removing one constraint only re-plans the part of the graph it affects, and
// extracts plans (ordered constraint lists) that recompute the variables downstream of an edit.
// Two workloads: a long chain of equalities edited at one end, and a set of scale-and-offset
// projections edited from both sides. Each workload checks its own invariants (throwing on a
// failure) and returns a checksum of the values it saw.
'use strict';
const { Benchmark } = require('./core.js');

// Strengths: a smaller number is stronger.
const REQUIRED = 0;
const STRONG_PREFERRED = 1;
const PREFERRED = 2;
const STRONG_DEFAULT = 3;
const NORMAL = 4;
const WEAK_DEFAULT = 5;
const WEAKEST = 6;

function stronger(a, b) {
  return a < b;
}
function weaker(a, b) {
  return a > b;
}
function weakestOf(a, b) {
  return weaker(a, b) ? a : b;
}

// Directions of a two-variable constraint.
const NONE = 0;
const FORWARD = 1;
const BACKWARD = 2;

const CHAIN_LENGTH = 100;
const PROJECTIONS = 100;
const EXPECTED_CHAIN_SUM = 4950;
const EXPECTED_PROJECTION_SUM = 229280;

class Variable {
  constructor(name, value) {
    this.name = name;
    this.value = value;
    this.constraints = [];
    this.determinedBy = null;
    this.mark = 0;
    this.walkStrength = WEAKEST;
    this.stay = true;
  }

  attach(c) {
    this.constraints.push(c);
  }

  detach(c) {
    const kept = [];
    for (let i = 0; i < this.constraints.length; i++) {
      if (this.constraints[i] !== c) kept.push(this.constraints[i]);
    }
    this.constraints = kept;
    if (this.determinedBy === c) this.determinedBy = null;
  }
}

// The behavior shared by every constraint; subclasses decide which variable is the output.
class Constraint {
  constructor(planner, strength) {
    this.planner = planner;
    this.strength = strength;
  }

  // Subclass constructors call this once their fields are set.
  install() {
    this.attachToGraph();
    this.planner.incrementalAdd(this);
  }

  uninstall() {
    if (this.isSatisfied()) this.planner.incrementalRemove(this);
    else this.detachFromGraph();
  }

  isInput() {
    return false;
  }

  // Tries to enforce this constraint; returns the constraint it displaced, if any.
  satisfy(mark) {
    this.chooseMethod(mark);
    if (!this.isSatisfied()) {
      if (this.strength === REQUIRED) throw new Error("could not satisfy a required constraint");
      return null;
    }
    this.markInputs(mark);
    const out = this.output();
    const overridden = out.determinedBy;
    if (overridden !== null) overridden.markUnsatisfied();
    out.determinedBy = this;
    if (!this.planner.addPropagate(this, mark)) throw new Error("cycle in the constraint graph");
    out.mark = mark;
    return overridden;
  }
}

// A constraint on one variable: keep it where it is (stay) or let the user set it (edit).
class UnaryConstraint extends Constraint {
  constructor(planner, v, strength) {
    super(planner, strength);
    this.target = v;
    this.satisfied = false;
  }

  attachToGraph() {
    this.target.attach(this);
    this.satisfied = false;
  }

  detachFromGraph() {
    this.target.detach(this);
    this.satisfied = false;
  }

  chooseMethod(mark) {
    this.satisfied = this.target.mark !== mark && stronger(this.strength, this.target.walkStrength);
  }

  isSatisfied() {
    return this.satisfied;
  }

  markInputs() {}

  output() {
    return this.target;
  }

  recalculate() {
    this.target.walkStrength = this.strength;
    this.target.stay = !this.isInput();
    if (this.target.stay) this.execute();
  }

  markUnsatisfied() {
    this.satisfied = false;
  }

  inputsKnown() {
    return true;
  }

  execute() {}
}

class StayConstraint extends UnaryConstraint {
  constructor(planner, v, strength) {
    super(planner, v, strength);
    this.install();
  }
}

class EditConstraint extends UnaryConstraint {
  constructor(planner, v, strength) {
    super(planner, v, strength);
    this.install();
  }

  isInput() {
    return true;
  }
}

// A constraint between two variables that can be enforced in either direction.
class BinaryConstraint extends Constraint {
  constructor(planner, v1, v2, strength) {
    super(planner, strength);
    this.v1 = v1;
    this.v2 = v2;
    this.direction = NONE;
  }

  chooseMethod(mark) {
    if (this.v1.mark === mark) {
      this.direction = this.v2.mark !== mark && stronger(this.strength, this.v2.walkStrength) ? FORWARD : NONE;
      return;
    }
    if (this.v2.mark === mark) {
      this.direction = this.v1.mark !== mark && stronger(this.strength, this.v1.walkStrength) ? BACKWARD : NONE;
      return;
    }
    if (weaker(this.v1.walkStrength, this.v2.walkStrength)) {
      this.direction = stronger(this.strength, this.v1.walkStrength) ? BACKWARD : NONE;
    } else {
      this.direction = stronger(this.strength, this.v2.walkStrength) ? FORWARD : BACKWARD;
    }
  }

  attachToGraph() {
    this.v1.attach(this);
    this.v2.attach(this);
    this.direction = NONE;
  }

  detachFromGraph() {
    this.v1.detach(this);
    this.v2.detach(this);
    this.direction = NONE;
  }

  isSatisfied() {
    return this.direction !== NONE;
  }

  markInputs(mark) {
    this.input().mark = mark;
  }

  input() {
    return this.direction === FORWARD ? this.v1 : this.v2;
  }

  output() {
    return this.direction === FORWARD ? this.v2 : this.v1;
  }

  recalculate() {
    const source = this.input();
    const out = this.output();
    out.walkStrength = weakestOf(this.strength, source.walkStrength);
    out.stay = source.stay;
    if (out.stay) this.execute();
  }

  markUnsatisfied() {
    this.direction = NONE;
  }

  inputsKnown(mark) {
    const source = this.input();
    return source.mark === mark || source.stay || source.determinedBy === null;
  }
}

class EqualityConstraint extends BinaryConstraint {
  constructor(planner, v1, v2, strength) {
    super(planner, v1, v2, strength);
    this.install();
  }

  execute() {
    this.output().value = this.input().value;
  }
}

// dest = src * scale + offset, where scale and offset are variables too (read-only here).
class ScaleConstraint extends BinaryConstraint {
  constructor(planner, src, scale, offset, dest, strength) {
    super(planner, src, dest, strength);
    this.scale = scale;
    this.offset = offset;
    this.install();
  }

  attachToGraph() {
    super.attachToGraph();
    this.scale.attach(this);
    this.offset.attach(this);
  }

  detachFromGraph() {
    super.detachFromGraph();
    this.scale.detach(this);
    this.offset.detach(this);
  }

  markInputs(mark) {
    super.markInputs(mark);
    this.scale.mark = mark;
    this.offset.mark = mark;
  }

  execute() {
    if (this.direction === FORWARD) this.v2.value = this.v1.value * this.scale.value + this.offset.value;
    else this.v1.value = (this.v2.value - this.offset.value) / this.scale.value;
  }

  recalculate() {
    const source = this.input();
    const out = this.output();
    out.walkStrength = weakestOf(this.strength, source.walkStrength);
    out.stay = source.stay && this.scale.stay && this.offset.stay;
    if (out.stay) this.execute();
  }
}

// An ordered list of constraints whose execution recomputes the variables after an edit.
class Plan {
  constructor() {
    this.steps = [];
  }

  add(c) {
    this.steps.push(c);
  }

  execute() {
    for (let k = 0; k < this.steps.length; k++) {
      const c = this.steps[k];
      c.execute();
    }
  }
}

class Planner {
  constructor() {
    this.currentMark = 0;
  }

  newMark() {
    return ++this.currentMark;
  }

  incrementalAdd(c) {
    const mark = this.newMark();
    let displaced = c.satisfy(mark);
    while (displaced !== null) displaced = displaced.satisfy(mark);
  }

  incrementalRemove(c) {
    const out = c.output();
    c.markUnsatisfied();
    c.detachFromGraph();
    const unsatisfied = this.removePropagateFrom(out);
    for (let strength = REQUIRED; strength < WEAKEST; strength++) {
      for (let k = 0; k < unsatisfied.length; k++) {
        const u = unsatisfied[k];
        if (u.strength === strength) this.incrementalAdd(u);
      }
    }
  }

  // Orders the constraints reachable from `sources` so each runs after its inputs are known.
  makePlan(sources) {
    const mark = this.newMark();
    const plan = new Plan();
    const todo = sources.slice();
    let next = 0;
    while (next < todo.length) {
      const c = todo[next++];
      const out = c.output();
      if (out.mark !== mark && c.inputsKnown(mark)) {
        plan.add(c);
        out.mark = mark;
        this.addConsumersOf(out, todo);
      }
    }
    return plan;
  }

  planFromEdits(constraints) {
    const sources = [];
    for (let k = 0; k < constraints.length; k++) {
      const c = constraints[k];
      if (c.isInput() && c.isSatisfied()) sources.push(c);
    }
    return this.makePlan(sources);
  }

  // Recomputes walkabout strengths downstream of `c`; false if that reaches a marked output (a cycle).
  addPropagate(c, mark) {
    const todo = [c];
    while (todo.length > 0) {
      const d = todo.pop();
      if (d.output().mark === mark) {
        this.incrementalRemove(c);
        return false;
      }
      d.recalculate();
      this.addConsumersOf(d.output(), todo);
    }
    return true;
  }

  // After `out` lost its determining constraint: resets strengths downstream and returns the
  // constraints left unsatisfied, which the caller tries to add again, strongest first.
  removePropagateFrom(out) {
    out.determinedBy = null;
    out.walkStrength = WEAKEST;
    out.stay = true;
    const unsatisfied = [];
    const todo = [out];
    while (todo.length > 0) {
      const v = todo.pop();
      for (let k = 0; k < v.constraints.length; k++) {
        const c = v.constraints[k];
        if (!c.isSatisfied()) unsatisfied.push(c);
      }
      const determining = v.determinedBy;
      for (let k = 0; k < v.constraints.length; k++) {
        const c = v.constraints[k];
        if (c !== determining && c.isSatisfied()) {
          c.recalculate();
          todo.push(c.output());
        }
      }
    }
    return unsatisfied;
  }

  addConsumersOf(v, into) {
    const determining = v.determinedBy;
    for (let k = 0; k < v.constraints.length; k++) {
      const c = v.constraints[k];
      if (c !== determining && c.isSatisfied()) into.push(c);
    }
  }
}

// A chain v0 = v1 = ... = vn with a stay on vn and an edit on v0: every edit must reach vn.
function chainTest(n) {
  const planner = new Planner();
  const vars = [];
  for (let i = 0; i <= n; i++) {
    vars.push(new Variable("v" + i, 0));
    if (i > 0) new EqualityConstraint(planner, vars[i - 1], vars[i], REQUIRED);
  }
  const first = vars[0];
  const last = vars[n];
  new StayConstraint(planner, last, STRONG_DEFAULT);
  const edit = new EditConstraint(planner, first, PREFERRED);
  const plan = planner.planFromEdits([edit]);
  let sum = 0;
  for (let i = 0; i < 100; i++) {
    first.value = i;
    plan.execute();
    if (last.value !== i) throw new Error("chain test failed: " + last.value + " !== " + i);
    sum += last.value;
  }
  edit.uninstall();
  return sum;
}

function change(planner, v, value) {
  const edit = new EditConstraint(planner, v, PREFERRED);
  const plan = planner.planFromEdits([edit]);
  for (let i = 0; i < 10; i++) {
    v.value = value;
    plan.execute();
  }
  edit.uninstall();
}

// n pairs dst_i = src_i * scale + offset; edits on a source, a destination, the scale and the offset.
function projectionTest(n) {
  const planner = new Planner();
  const scale = new Variable("scale", 10);
  const offset = new Variable("offset", 1000);
  const dests = [];
  let src = null;
  let dst = null;
  for (let i = 0; i < n; i++) {
    src = new Variable("src" + i, i);
    dst = new Variable("dst" + i, i);
    dests.push(dst);
    new StayConstraint(planner, src, NORMAL);
    new ScaleConstraint(planner, src, scale, offset, dst, REQUIRED);
  }
  change(planner, src, 17);
  if (dst.value !== 1170) throw new Error("projection 1 failed: " + dst.value);
  change(planner, dst, 1050);
  if (src.value !== 5) throw new Error("projection 2 failed: " + src.value);
  change(planner, scale, 5);
  for (let i = 0; i < n - 1; i++) {
    if (dests[i].value !== i * 5 + 1000) throw new Error("projection 3 failed at " + i);
  }
  change(planner, offset, 2000);
  let sum = 0;
  for (let i = 0; i < n - 1; i++) {
    if (dests[i].value !== i * 5 + 2000) throw new Error("projection 4 failed at " + i);
    sum += dests[i].value;
  }
  return sum + src.value * 1000 + dst.value;
}

// benchmark() runs both workloads ROUNDS times on fresh planners and sums the checksums.
const ROUNDS = 30;

class DeltaBlue extends Benchmark {
  benchmark() {
    let chain = 0;
    let projection = 0;
    for (let r = 0; r < ROUNDS; r++) {
      chain += chainTest(CHAIN_LENGTH);
      projection += projectionTest(PROJECTIONS);
    }
    return { chain: chain, projection: projection };
  }

  verifyResult(result) {
    return result.chain === EXPECTED_CHAIN_SUM * ROUNDS && result.projection === EXPECTED_PROJECTION_SUM * ROUNDS;
  }
}

module.exports = DeltaBlue;
