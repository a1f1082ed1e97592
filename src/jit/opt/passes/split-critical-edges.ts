// Splits every edge from a block with several successors to a block with several
// predecessors, so that phi moves always have a block of their own to live in.

import type { Block, Graph } from '../ir/ir';

export function splitCriticalEdges(g: Graph): void {
  let nextId = Math.max(...g.blocks.map((b) => b.id)) + 1;
  const added: Block[] = [];
  for (const from of g.blocks) {
    if (from.succs.length < 2) continue;
    from.succs.forEach((to, i) => {
      if (to.preds.length < 2) return;
      const mid: Block = {
        id: nextId++, pc: to.pc, phis: [], nodes: [], preds: [from], succs: [to],
        terminator: { kind: 'goto', target: to }, loopHeader: false,
      };
      from.succs[i] = mid;
      const t = from.terminator;
      if (t.kind === 'branch') {
        // Edges are taken in succs order: ifTrue first, then ifFalse (see graph builder).
        if (i === 0) t.ifTrue = mid;
        else t.ifFalse = mid;
      }
      to.preds[to.preds.indexOf(from)] = mid;
      added.push(mid);
    });
  }
  // Place each split block right before its target so loop bodies stay contiguous; on a
  // back-edge (source after target, as OSR code's outer loops have them) right after its
  // source instead, so that every block still comes after the definitions its phi moves use.
  for (const mid of added) {
    const from = g.blocks.indexOf(mid.preds[0]);
    const to = g.blocks.indexOf(mid.succs[0]);
    g.blocks.splice(from < to ? to : from + 1, 0, mid);
  }
}
