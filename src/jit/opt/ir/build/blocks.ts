// The control flow of a function's bytecode, before any SSA: basic blocks found from jump
// targets (a block starts at offset 0, at every jump target and after every block end; a
// JumpLoop's target is a loop header), the successors read off a block's last instruction,
// and a reverse postorder from a block (OSR compiles only what its loop header reaches).

import { Op } from '../../../../bytecode/opcodes';
import { instructionWords, isBlockEnd, jumpTargets } from '../../../../bytecode/operands';
import type { Block } from '../ir';

/** The blocks of `code` by their first offset. When a loop starts at offset 0, ids start at
 *  1: id 0 is then the separate entry block the builder adds. */
export function findBlocks(code: Int32Array): Map<number, Block> {
  const leaders = new Set<number>([0]);
  const loopHeaders = new Set<number>();
  for (let pc = 0; pc < code.length; pc += instructionWords(code, pc)) {
    for (const t of jumpTargets(code, pc)) {
      leaders.add(t);
      if (code[pc] === Op.JumpLoop) loopHeaders.add(t);
    }
    if (isBlockEnd(code[pc])) leaders.add(pc + instructionWords(code, pc));
  }
  const blocks = new Map<number, Block>();
  let id = loopHeaders.has(0) ? 1 : 0;
  for (const pc of [...leaders].sort((a, b) => a - b)) {
    if (pc >= code.length) continue;
    blocks.set(pc, {
      id: id++, pc, phis: [], nodes: [], preds: [], succs: [],
      terminator: { kind: 'none' }, loopHeader: loopHeaders.has(pc),
    });
  }
  return blocks;
}

/** Where control can go from the end of block b, read off its last instruction. */
export function staticSuccessors(code: Int32Array, blocks: Map<number, Block>, b: Block): Block[] {
  for (let pc = b.pc; ; ) {
    const op = code[pc];
    const next = pc + instructionWords(code, pc);
    if (isBlockEnd(op)) {
      const targets = jumpTargets(code, pc);
      const conditional = op === Op.JumpIfTrue || op === Op.JumpIfFalse || op === Op.JumpIfNullish || op === Op.JumpIfNotNullish || op === Op.JumpIfObject;
      if (conditional) targets.push(next);
      return targets.map((t) => blocks.get(t)).filter((t): t is Block => t !== undefined);
    }
    const following = blocks.get(next);
    if (following) return [following];
    if (next >= code.length) return [];
    pc = next;
  }
}

/** Blocks reachable from `from`, in reverse postorder of a depth-first search over the
 *  bytecode's control flow. */
export function reversePostorder(code: Int32Array, blocks: Map<number, Block>, from: Block): Block[] {
  const post: Block[] = [];
  const seen = new Set<Block>([from]);
  const stack: { b: Block; succs: Block[]; next: number }[] = [{ b: from, succs: staticSuccessors(code, blocks, from), next: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.next < top.succs.length) {
      const s = top.succs[top.next++];
      if (!seen.has(s)) {
        seen.add(s);
        stack.push({ b: s, succs: staticSuccessors(code, blocks, s), next: 0 });
      }
      continue;
    }
    post.push(top.b);
    stack.pop();
  }
  return post.reverse();
}
