// Tagged templates: tag`a${x}b` calls tag(strings, x) where strings is the site's template
// object (GetTemplateObject: the cooked strings, an invalid escape's cooked string being
// undefined, with the raw strings as `.raw`; one object per site, the same each time the
// site runs, kept by the runtime, runtime/syntax-ops.ts). A member tag (`o.tag`, `super.tag`)
// is a method call on its object, as in a call expression. Untagged templates are string
// concatenation (expressions.ts).

import type * as acorn from 'acorn';
import { printCallee } from '../ast';
import type { FunctionContext } from './context';
import { calleeParts, exprInto } from './expressions';
import { Op } from '../../bytecode/opcodes';

export function taggedTemplateInto(g: FunctionContext, node: acorn.TaggedTemplateExpression, dst: number): void {
  const substitutions = node.quasi.expressions;
  const mark = g.b.mark();
  const { fn, receiver } = calleeParts(g, node.tag, [node.quasi]);
  const argc = 1 + substitutions.length;
  const base = g.b.temps(argc);
  g.at(node.quasi).b.emit(Op.GetTemplateObject, base, g.b.constant(siteDescriptor(g, node)));
  substitutions.forEach((e, i) => exprInto(g, e, base + 1 + i));
  g.b.release(mark);
  const name = g.b.constant(printCallee(node.tag, g.source));
  g.at(node);
  if (receiver >= 0) g.b.emit(Op.CallMethod, dst, fn, receiver, base, argc, name);
  else g.b.emit(Op.Call, dst, fn, base, argc, name);
}

/** The site's constant: JSON [site id (function id and source offset: unique in the
 *  program), cooked strings (null for undefined), raw strings]. */
function siteDescriptor(g: FunctionContext, node: acorn.TaggedTemplateExpression): string {
  const quasis = node.quasi.quasis;
  return JSON.stringify([
    `${g.fn.id}:${node.start}`,
    quasis.map((q) => q.value.cooked ?? null),
    quasis.map((q) => q.value.raw),
  ]);
}
