// util.parseArgs: node's own parser run on the host over a copy of the configuration (plain
// data: strings, booleans, arrays of them), its result copied back — `values` with a null
// prototype, as node makes it — and its errors (ERR_PARSE_ARGS_…) turned into the language's.
// The arguments default to the program's own process.argv after the script, not the host's.

import * as util from 'util';
import { hostLibraryCall } from './errors';
import { Tag } from './layout';
import type { NativeMethod, RuntimeCore } from './runtime-core';
import { numberWord } from './values';
import type { Word } from './word';

const UNDEF: Word = [Tag.Undefined, 0];

type ParseArgsConfig = NonNullable<Parameters<typeof util.parseArgs>[0]>;

export const PARSE_ARGS: NativeMethod = {
  name: 'parseArgs',
  length: 0,
  fn: (rt, _self, args) => {
    const given = args[0] ?? UNDEF;
    const config = (given[0] === Tag.Undefined ? {} : rt.host(given)) as ParseArgsConfig;
    if (typeof config === 'object' && config !== null && config.args === undefined) {
      const argv = rt.host(rt.getProperty(rt.getProperty([Tag.Ptr, rt.globalObject], 'process'), 'argv'));
      config.args = Array.isArray(argv) ? argv.slice(2).map(String) : [];
    }
    const result = hostLibraryCall(() => util.parseArgs(config));
    return dataWord(rt, result, false);
  },
};

/** A kiln copy of parseArgs' result: objects, arrays, strings, numbers, booleans, undefined. */
function dataWord(rt: RuntimeCore, v: unknown, nullPrototype: boolean): Word {
  if (v === undefined) return UNDEF;
  if (typeof v === 'string') return rt.str(v);
  if (typeof v === 'number') return numberWord(v);
  if (typeof v === 'boolean') return [Tag.Bool, v ? 1 : 0];
  if (Array.isArray(v)) return rt.newArray(v.map((e) => dataWord(rt, e, false)));
  const obj = rt.objects.allocObject(nullPrototype ? 0 : rt.objects.objectProto);
  for (const [key, e] of Object.entries(v as Record<string, unknown>)) {
    // node's `values` is a null-prototype object.
    const w = dataWord(rt, e, key === 'values' && !nullPrototype);
    rt.objects.setOwn(obj, key, w[0], w[1]);
  }
  return [Tag.Ptr, obj];
}
