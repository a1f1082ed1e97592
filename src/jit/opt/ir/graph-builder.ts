// Graph builder: bytecode + feedback → SSA IR with guards. The entry point of the IR
// stage; the work is in build/: builder.ts holds the graph being built and its SSA state
// (blocks from blocks.ts), translate.ts dispatches each instruction, by its named operands,
// to the family that builds its nodes (loads, arithmetic, control, properties, objects,
// calls and inlining, contexts, classes). What the builder reads about functions (feedback,
// caches, the profile's answers) is described in build/source.ts.

import type { Graph } from './ir';
import { GraphBuilder } from './build/builder';
import type { BuildInput } from './build/source';
import { translate } from './build/translate';

export type { BuildInput, FunctionSource, GlobalConstant, OsrEntry, ProtoLoad } from './build/source';

export function buildGraph(input: BuildInput): Graph {
  return new GraphBuilder(input, translate).build();
}
