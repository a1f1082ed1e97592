// Dominator analysis over the IR's blocks: lowering reuses a value's representation change
// in every block that the block of its first conversion dominates.

import type { Block, Graph } from './ir';

/** Immediate dominators (Cooper, Harvey & Kennedy) over the graph's blocks in reverse postorder. */
export function immediateDominators(g: Graph): Map<Block, Block | undefined> {
  const order: Block[] = [];
  const seen = new Set<Block>();
  const visit = (b: Block) => {
    seen.add(b);
    for (const s of b.succs) if (!seen.has(s)) visit(s);
    order.push(b);
  };
  visit(g.blocks[0]);
  order.reverse();
  const index = new Map(order.map((b, i) => [b, i]));
  const idom = new Map<Block, Block>([[order[0], order[0]]]);
  const intersect = (a: Block, b: Block): Block => {
    while (a !== b) {
      while (index.get(a)! > index.get(b)!) a = idom.get(a)!;
      while (index.get(b)! > index.get(a)!) b = idom.get(b)!;
    }
    return a;
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (const b of order.slice(1)) {
      const done = b.preds.filter((p) => idom.has(p));
      if (done.length === 0) continue;
      const d = done.slice(1).reduce(intersect, done[0]);
      if (idom.get(b) !== d) {
        idom.set(b, d);
        changed = true;
      }
    }
  }
  const result = new Map<Block, Block | undefined>();
  for (const [b, d] of idom) result.set(b, b === d ? undefined : d);
  return result;
}
