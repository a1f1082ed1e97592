// Benchmark Havlak: loop recognition. A generator builds a large control-flow graph out of nested
// loop shapes (straight-line runs, if/else diamonds, self-contained "base loops" and long outer
// loops side by side), and Havlak's algorithm (depth-first numbering, back-edge classification and
// union-find collapsing of loop bodies, innermost loops first) turns it into a loop-nesting forest.
// The result is the number of loops found, the deepest nesting and the number of blocks; all are
// fixed by the generator's shape.
'use strict';
const { Benchmark, Vector } = require('./core.js');

const TREES = 6;
const OUTER_LOOPS_PER_TREE = 10;
const BASE_LOOPS_PER_OUTER = 12;
const PASSES = 2;
const UNVISITED = -1;
const KIND_NONHEADER = 0;
const KIND_REDUCIBLE = 1;
const KIND_SELF = 2;
const KIND_IRREDUCIBLE = 3;
const KIND_DEAD = 4;
// A block with more non-back predecessors than this is not analysed (as in the original algorithm).
const MAX_NON_BACK_PREDS = 32 * 1024;

class BasicBlock {
  constructor(id) {
    this.id = id;
    this.successors = new Vector(2);
    this.predecessors = new Vector(2);
  }
}

class ControlFlowGraph {
  constructor() {
    this.blocks = new Vector(64);
  }

  // Returns block `id`, creating it (and any missing lower ids) on first use.
  block(id) {
    while (this.blocks.size() <= id) this.blocks.append(new BasicBlock(this.blocks.size()));
    return this.blocks.at(id);
  }

  edge(from, to) {
    const a = this.block(from);
    const b = this.block(to);
    a.successors.append(b);
    b.predecessors.append(a);
  }

  size() {
    return this.blocks.size();
  }
}

// Builds the graph shapes; every builder takes the block it starts from and returns the block it ends at.
class GraphBuilder {
  constructor(cfg) {
    this.cfg = cfg;
  }

  straight(start, length) {
    for (let i = 0; i < length; i++) this.cfg.edge(start + i, start + i + 1);
    return start + length;
  }

  // start branches to start+1 and start+2, which join at start+3.
  diamond(start) {
    this.cfg.edge(start, start + 1);
    this.cfg.edge(start, start + 2);
    this.cfg.edge(start + 1, start + 3);
    this.cfg.edge(start + 2, start + 3);
    return start + 3;
  }

  // A loop whose body is two diamonds, each of them a loop of its own; ten blocks, three loops.
  baseLoop(start) {
    const header = this.straight(start, 1);
    const firstJoin = this.diamond(header);
    const middle = this.straight(firstJoin, 1);
    const secondJoin = this.diamond(middle);
    const footer = this.straight(secondJoin, 1);
    this.cfg.edge(secondJoin, middle);
    this.cfg.edge(firstJoin, header);
    this.cfg.edge(footer, start);
    return this.straight(footer, 1);
  }
}

class UnionFindNode {
  constructor() {
    this.parent = this;
    this.block = null;
    this.loop = null;
    this.dfsNumber = 0;
  }

  init(block, dfsNumber) {
    this.parent = this;
    this.block = block;
    this.dfsNumber = dfsNumber;
    this.loop = null;
  }

  // Finds the set representative, compressing the path on the way back.
  findSet() {
    let root = this;
    while (root.parent !== root) root = root.parent;
    let node = this;
    while (node.parent !== root) {
      const next = node.parent;
      node.parent = root;
      node = next;
    }
    return root;
  }

  union(other) {
    this.parent = other;
  }
}

class Loop {
  constructor(id) {
    this.id = id;
    this.header = null;
    this.parent = null;
    this.children = new Vector(2);
    this.blocks = new Vector(4);
    this.reducible = true;
    this.depth = 0;
  }

  setParent(parent) {
    this.parent = parent;
    parent.children.append(this);
  }
}

class LoopForest {
  constructor() {
    this.root = new Loop(0);
    this.loops = Vector.with(this.root);
  }

  newLoop() {
    const loop = new Loop(this.loops.size());
    this.loops.append(loop);
    return loop;
  }

  // Hangs parentless loops under the root and returns the deepest nesting level.
  computeDepths() {
    const loops = this.loops;
    for (let i = 1; i < loops.size(); i++) {
      const loop = loops.at(i);
      if (loop.parent === null) loop.setParent(this.root);
    }
    return this.assignDepth(this.root, 0);
  }

  assignDepth(loop, depth) {
    loop.depth = depth;
    let deepest = depth;
    for (let i = 0; i < loop.children.size(); i++) {
      const d = this.assignDepth(loop.children.at(i), depth + 1);
      if (d > deepest) deepest = d;
    }
    return deepest;
  }

  loopCount() {
    return this.loops.size() - 1;
  }
}

class HavlakLoopFinder {
  constructor(cfg) {
    this.cfg = cfg;
    this.forest = new LoopForest();
    const n = cfg.size();
    this.number = new Array(n); // block id -> preorder number
    this.nodes = new Array(n); // preorder number -> union-find node
    this.last = new Array(n); // preorder number -> highest preorder number in its subtree
    this.header = new Array(n);
    this.kind = new Array(n);
    this.backPreds = new Array(n);
    this.nonBackPreds = new Array(n);
    this.poolMark = new Array(n);
    for (let i = 0; i < n; i++) {
      this.number[i] = UNVISITED;
      this.nodes[i] = new UnionFindNode();
      this.last[i] = 0;
      this.header[i] = 0;
      this.kind[i] = KIND_NONHEADER;
      this.backPreds[i] = new Vector(2);
      this.nonBackPreds[i] = new Vector(2);
      this.poolMark[i] = -1;
    }
  }

  isAncestor(w, v) {
    return w <= v && v <= this.last[w];
  }

  // Iterative depth-first numbering (an explicit stack keeps deep graphs off the call stack).
  numberBlocks(start) {
    const blockStack = new Vector(64);
    const edgeStack = new Vector(64);
    let counter = 0;
    this.nodes[0].init(start, 0);
    this.number[start.id] = counter++;
    blockStack.append(start);
    edgeStack.append(0);
    while (!blockStack.isEmpty()) {
      const top = blockStack.size() - 1;
      const block = blockStack.at(top);
      const edge = edgeStack.at(top);
      if (edge < block.successors.size()) {
        edgeStack.atPut(top, edge + 1);
        const next = block.successors.at(edge);
        if (this.number[next.id] === UNVISITED) {
          this.nodes[counter].init(next, counter);
          this.number[next.id] = counter++;
          blockStack.append(next);
          edgeStack.append(0);
        }
      } else {
        this.last[this.number[block.id]] = counter - 1;
        blockStack.removeLast();
        edgeStack.removeLast();
      }
    }
    return counter;
  }

  classifyPredecessors(reached) {
    const blocks = this.cfg.blocks;
    for (let i = 0; i < blocks.size(); i++) {
      const block = blocks.at(i);
      const w = this.number[block.id];
      if (w === UNVISITED) continue;
      for (let p = 0; p < block.predecessors.size(); p++) {
        const v = this.number[block.predecessors.at(p).id];
        if (v === UNVISITED) continue;
        if (this.isAncestor(w, v)) this.backPreds[w].append(v);
        else this.nonBackPreds[w].append(v);
      }
    }
    for (let w = reached; w < blocks.size(); w++) this.kind[w] = KIND_DEAD;
  }

  findLoops() {
    if (this.cfg.size() === 0) return this.forest;
    const reached = this.numberBlocks(this.cfg.block(0));
    this.classifyPredecessors(reached);
    const pool = new Vector(16);
    const work = new Vector(16);
    for (let w = reached - 1; w >= 0; w--) {
      pool.removeAll();
      const nodeW = this.nodes[w];
      const backs = this.backPreds[w];
      for (let i = 0; i < backs.size(); i++) {
        const v = backs.at(i);
        if (v === w) {
          this.kind[w] = KIND_SELF;
        } else {
          const rep = this.nodes[v].findSet();
          if (this.poolMark[rep.dfsNumber] !== w) {
            this.poolMark[rep.dfsNumber] = w;
            pool.append(rep);
          }
        }
      }
      work.removeAll();
      for (let i = 0; i < pool.size(); i++) work.append(pool.at(i));
      if (!pool.isEmpty()) this.kind[w] = KIND_REDUCIBLE;
      while (!work.isEmpty()) {
        const x = work.removeLast();
        const preds = this.nonBackPreds[x.dfsNumber];
        if (preds.size() > MAX_NON_BACK_PREDS) return this.forest;
        for (let i = 0; i < preds.size(); i++) {
          const y = this.nodes[preds.at(i)].findSet();
          const yNumber = y.dfsNumber;
          if (!this.isAncestor(w, yNumber)) {
            this.kind[w] = KIND_IRREDUCIBLE;
            if (!this.nonBackPreds[w].contains(yNumber)) this.nonBackPreds[w].append(yNumber);
          } else if (yNumber !== w && this.poolMark[yNumber] !== w) {
            this.poolMark[yNumber] = w;
            pool.append(y);
            work.append(y);
          }
        }
      }
      if (!pool.isEmpty() || this.kind[w] === KIND_SELF) {
        const loop = this.forest.newLoop();
        loop.header = nodeW.block;
        loop.reducible = this.kind[w] !== KIND_IRREDUCIBLE;
        loop.blocks.append(nodeW.block);
        nodeW.loop = loop;
        for (let i = 0; i < pool.size(); i++) {
          const node = pool.at(i);
          this.header[node.dfsNumber] = w;
          node.union(nodeW);
          if (node.loop !== null) node.loop.setParent(loop);
          else loop.blocks.append(node.block);
        }
      }
    }
    return this.forest;
  }
}

// The benchmark graph: an entry block 0 with a base loop, an exit block 1, and TREES loop trees
// hanging off block 2, each a chain of outer loops whose bodies are chains of base loops.
function buildGraph() {
  const cfg = new ControlFlowGraph();
  const g = new GraphBuilder(cfg);
  cfg.block(0);
  cfg.block(1);
  let n = 2;
  cfg.edge(0, 2);
  n = g.baseLoop(n);
  for (let t = 0; t < TREES; t++) {
    n++;
    cfg.edge(2, n);
    for (let i = 0; i < OUTER_LOOPS_PER_TREE; i++) {
      const top = n;
      n = g.straight(n, 1);
      for (let j = 0; j < BASE_LOOPS_PER_OUTER; j++) n = g.baseLoop(n);
      const bottom = g.straight(n, 1);
      cfg.edge(n, top);
      n = bottom;
    }
    cfg.edge(n, 1);
  }
  return cfg;
}

class Havlak extends Benchmark {
  benchmark() {
    const cfg = buildGraph();
    let loops = 0;
    let depth = 0;
    for (let p = 0; p < PASSES; p++) {
      const forest = new HavlakLoopFinder(cfg).findLoops();
      depth = forest.computeDepths();
      loops += forest.loopCount();
    }
    return { loops: loops, depth: depth, blocks: cfg.size() };
  }

  verifyResult(result) {
    return result.loops === EXPECTED.loops && result.depth === EXPECTED.depth && result.blocks === EXPECTED.blocks;
  }
}

// Each base loop is 10 blocks and 3 loops (itself and its two diamond loops, nested one level
// deeper); each outer loop adds 2 blocks and 1 loop; the entry part is blocks 0, 1, 2 and one base
// loop; each tree adds its entry block. With 6 trees x 10 outer loops x 12 base loops:
// 721 base loops, 60 outer loops -> 2223 loops per pass, 3 + 7210 + 120 + 6 = 7339 blocks.
const EXPECTED = { loops: 2223 * PASSES, depth: 3, blocks: 7339 };

module.exports = Havlak;
