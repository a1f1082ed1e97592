// The control flow of a function's bytecode, before any SSA: basic blocks found from jump
// targets (a block starts at offset 0, at every jump target and handler, and after every
// block end; a JumpLoop's target is a loop header), the successors read off a block's last
// instruction (and the handlers its instructions may throw to), and a reverse postorder
// from a block (OSR compiles only what its loop header reaches).

import { handlerAt, type ExceptionHandler } from '../../../../bytecode/function';
import { Op } from '../../../../bytecode/opcodes';
import { instructionWords, isBlockEnd, jumpTargets } from '../../../../bytecode/operands';
import type { Block } from '../ir';

/** The blocks of `code` by their first offset. When a loop starts at offset 0, ids start at
 *  1: id 0 is then the separate entry block the builder adds. */
export function findBlocks(code: Int32Array, handlers: readonly ExceptionHandler[] = []): Map<number, Block> {
  const leaders = new Set<number>([0, ...handlers.map((h) => h.handler)]);
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

/** Where control can go from block b: read off its last instruction, and the handlers of
 *  the `try` ranges its instructions are in. */
export function staticSuccessors(code: Int32Array, blocks: Map<number, Block>, b: Block, handlers: readonly ExceptionHandler[] = []): Block[] {
  const caught = new Set<number>();
  const withHandlers = (targets: number[]): Block[] =>
    [...targets, ...caught].map((t) => blocks.get(t)).filter((t): t is Block => t !== undefined);
  for (let pc = b.pc; ; ) {
    const op = code[pc];
    const next = pc + instructionWords(code, pc);
    const h = handlers.length > 0 ? handlerAt({ handlers }, pc) : undefined;
    if (h) caught.add(h.handler);
    if (isBlockEnd(op)) {
      const targets = jumpTargets(code, pc);
      const conditional = op === Op.JumpIfTrue || op === Op.JumpIfFalse || op === Op.JumpIfNullish || op === Op.JumpIfNotNullish || op === Op.JumpIfObject;
      if (conditional) targets.push(next);
      return withHandlers(targets);
    }
    if (blocks.has(next)) return withHandlers([next]);
    if (next >= code.length) return withHandlers([]);
    pc = next;
  }
}

/** Blocks reachable from `from`, in reverse postorder of a depth-first search over the
 *  bytecode's control flow. */
export function reversePostorder(code: Int32Array, blocks: Map<number, Block>, from: Block, handlers: readonly ExceptionHandler[] = []): Block[] {
  const post: Block[] = [];
  const seen = new Set<Block>([from]);
  const stack: { b: Block; succs: Block[]; next: number }[] = [{ b: from, succs: staticSuccessors(code, blocks, from, handlers), next: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.next < top.succs.length) {
      const s = top.succs[top.next++];
      if (!seen.has(s)) {
        seen.add(s);
        stack.push({ b: s, succs: staticSuccessors(code, blocks, s, handlers), next: 0 });
      }
      continue;
    }
    post.push(top.b);
    stack.pop();
  }
  return post.reverse();
}
