// Removes trivial phis: a phi whose inputs are all one value (or the phi itself, around a
// loop) is that value. The graph builder puts a phi at every loop header for every live
// register; most registers are not reassigned in the loop, and without this pass their
// values would be moved (and often spilled) on every back-edge.

import type { FrameState, Graph, Node } from '../ir/ir';

export function eliminateTrivialPhis(g: Graph): void {
  const replaced = new Map<Node, Node>();
  const resolve = (n: Node): Node => {
    let r = n;
    while (replaced.has(r)) r = replaced.get(r)!;
    return r;
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (const b of g.blocks) {
      for (const phi of b.phis) {
        if (replaced.has(phi)) continue;
        const others = new Set(phi.inputs.map(resolve).filter((i) => i !== phi));
        if (others.size === 1) {
          replaced.set(phi, [...others][0]);
          changed = true;
        }
      }
    }
  }
  if (replaced.size === 0) return;
  const seenStates = new Set<FrameState>();
  const fixState = (s: FrameState | undefined): void => {
    for (; s && !seenStates.has(s); s = s.outer?.state) {
      seenStates.add(s);
      s.registers = s.registers.map((r) => r && resolve(r));
      if (s.outer) s.outer.callee = resolve(s.outer.callee);
      if (s.outer?.receiver) s.outer.receiver = resolve(s.outer.receiver);
    }
  };
  for (const b of g.blocks) {
    b.phis = b.phis.filter((p) => !replaced.has(p));
    for (const n of [...b.phis, ...b.nodes]) {
      n.inputs = n.inputs.map(resolve);
      fixState(n.frameState);
      fixState(n.exceptionState);
      fixState(n.inlined?.call.state);
      if (n.inlined) {
        n.inlined.call.callee = resolve(n.inlined.call.callee);
        if (n.inlined.call.receiver) n.inlined.call.receiver = resolve(n.inlined.call.receiver);
      }
    }
    const t = b.terminator;
    if (t.kind === 'branch') t.cond = resolve(t.cond);
    if (t.kind === 'return') t.value = resolve(t.value);
  }
}
