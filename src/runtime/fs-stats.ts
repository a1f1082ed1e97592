// fs's calls that answer with objects carrying methods: statSync, lstatSync and fstatSync (a
// fs.Stats, or undefined under `throwIfNoEntry: false`) and readdirSync with `withFileTypes`
// (fs.Dirent objects; `recursive` too). The host's fs does the work; its numbers and names
// go to lib/internal/fs-types.js, which makes the objects as node's classes (node-modules.ts
// puts these natives on fs, and derives their callback and promise forms as for the others).
// A failing call throws node's error, as every fs call does (hostLibraryCall).

import * as fs from 'fs';
import { hostLibraryCall, KilnThrow } from './errors';
import { Tag } from './layout';
import type { NativeMethod, RuntimeCore } from './runtime-core';
import { numberWord } from './values';
import type { Word } from './word';

const UNDEF: Word = [Tag.Undefined, 0];

/** The exported function `name` of lib/internal/fs-types.js. */
function helper(rt: RuntimeCore, name: string): Word {
  return rt.getProperty(rt.libraryExports('internal/fs-types'), name);
}

interface StatOptions {
  throwIfNoEntry?: boolean;
  bigint?: boolean;
}

/** The options object of a stat call (anything else: none). */
function statOptions(rt: RuntimeCore, w: Word): StatOptions {
  const h = rt.host(w) as unknown;
  if (h === null || typeof h !== 'object') return {};
  const { throwIfNoEntry, bigint } = h as StatOptions;
  return { throwIfNoEntry, bigint };
}

/** fs.Stats' constructor arguments, in order. */
const STATS_FIELDS = ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks', 'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs'] as const;

/** The language's fs.Stats of a host one (undefined stays undefined). */
function statsWord(rt: RuntimeCore, st: fs.Stats | undefined): Word {
  if (st === undefined) return UNDEF;
  // The helper first: loading it runs code (a safepoint); making the array does not.
  const make = helper(rt, 'makeStats');
  const numbers = rt.newArray(STATS_FIELDS.map((k) => numberWord(st[k])));
  return rt.invoker.call(make, UNDEF, [numbers]);
}

function statCall(name: 'statSync' | 'lstatSync' | 'fstatSync'): NativeMethod {
  return {
    name, length: 2,
    fn: (rt, _self, args) => {
      const options = statOptions(rt, args[1] ?? UNDEF);
      if (options.bigint === true) throw new KilnThrow('TypeError', `kiln: fs.${name} with bigint: true is not supported yet`);
      const target = args[0] ?? UNDEF;
      const st = hostLibraryCall(() => {
        if (name === 'fstatSync') return fs.fstatSync(rt.toNumber(target));
        // (a path as node takes it: anything but a string, Buffer or URL is node's to reject)
        const file = rt.host(target) as fs.PathLike;
        const host = { throwIfNoEntry: options.throwIfNoEntry !== false };
        return name === 'statSync' ? fs.statSync(file, host) : fs.lstatSync(file, host);
      });
      return statsWord(rt, st);
    },
  };
}

/** libuv's type number of a host Dirent (lib/internal/fs-types.js keeps it as node does). */
function direntType(d: fs.Dirent): number {
  if (d.isFile()) return 1;
  if (d.isDirectory()) return 2;
  if (d.isSymbolicLink()) return 3;
  if (d.isFIFO()) return 4;
  if (d.isSocket()) return 5;
  if (d.isCharacterDevice()) return 6;
  if (d.isBlockDevice()) return 7;
  return 0;
}

/** fs.readdirSync(path, options): names (or, with withFileTypes, Dirents), the listing of
 *  subdirectories too under `recursive`. */
const readdirSync: NativeMethod = {
  name: 'readdirSync', length: 2,
  fn: (rt, _self, args) => {
    const h = rt.host(args[1] ?? UNDEF) as unknown;
    const options = h !== null && typeof h === 'object' ? (h as { withFileTypes?: unknown; recursive?: unknown }) : {};
    const dir = rt.host(args[0] ?? UNDEF) as fs.PathLike;
    const recursive = options.recursive === true;
    if (options.withFileTypes !== true) {
      const names = hostLibraryCall(() => fs.readdirSync(dir, { encoding: 'utf8', recursive }));
      return rt.newArray(names.map((n) => rt.str(n)));
    }
    const entries = hostLibraryCall(() => fs.readdirSync(dir, { withFileTypes: true, recursive }));
    // The helper first: loading it runs code (a safepoint); making the arrays does not.
    const make = helper(rt, 'makeDirents');
    const names = rt.newArray(entries.map((d) => rt.str(d.name)));
    const types = rt.newArray(entries.map((d) => numberWord(direntType(d))));
    const paths = rt.newArray(entries.map((d) => rt.str(d.parentPath ?? d.path)));
    return rt.invoker.call(make, UNDEF, [names, types, paths]);
  },
};

/** fs's natives of this file. */
export function fsStatNatives(): NativeMethod[] {
  return [statCall('statSync'), statCall('lstatSync'), statCall('fstatSync'), readdirSync];
}

/** fs.Stats and fs.Dirent, as getters (the classes are made on first use). */
export function fsClassGetters(): NativeMethod[] {
  return (['Stats', 'Dirent'] as const).map((name) => ({ name: `get ${name}`, length: 0, fn: (rt: RuntimeCore) => helper(rt, name) }));
}
