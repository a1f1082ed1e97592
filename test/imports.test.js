// The import graph keeps its floors: scripts/check-imports.js over the repository, one test per
// floor group (a violation is listed under the group of the file that imports), then the
// checker itself on small fixture trees (it must see cycles, back imports and sibling imports,
// and must not take a require() in a comment or a string for an import).
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { checkImports, formatViolation, floorOf, FLOORS } = require('../scripts/check-imports.js');

const root = path.join(__dirname, '..');

describe('import graph: floors, siblings and cycles', function () {
  const result = checkImports(root);
  const groups = [...new Set(FLOORS.map((f) => f.group))];

  for (const group of groups) {
    it(`${group}: imports only its own group and the floors below, in no cycle`, () => {
      const mine = result.violations.filter((v) => floorOf(v.file)?.group === group);
      assert.deepStrictEqual(mine.map(formatViolation), []);
    });
  }

  it('every checked file sits on a floor', () => {
    assert.deepStrictEqual(result.violations.filter((v) => v.rule === 'unplaced').map(formatViolation), []);
  });
});

describe('import graph: the checker', function () {
  let dir;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-imports-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  function tree(files) {
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
    return checkImports(dir).violations.map((v) => `${v.file}:${v.line}: ${v.rule}`);
  }

  it('passes downward imports and ignores require() in comments and strings', () => {
    assert.deepStrictEqual(tree({
      'src/runtime/a.ts': "import { b } from '../bytecode/b';\n// require('../jit/x')\nconst s = \"require('../tiering/t')\";\n",
      'src/bytecode/b.ts': 'export const b = 1;\n',
      'src/jit/x.ts': 'export {};\n',
      'src/tiering/t.ts': 'export {};\n',
    }), []);
  });

  it('reports an import back up the floors and between siblings, with its line', () => {
    assert.deepStrictEqual(tree({
      'src/bytecode/b.ts': "export const b = 1;\nimport type { R } from '../runtime/r';\n",
      'src/runtime/r.ts': 'export type R = number;\n',
      'src/interpreter/i.ts': "import {\n  x,\n} from '../jit/x';\n",
      'src/jit/x.ts': 'export const x = 1;\n',
    }), ['src/bytecode/b.ts:2: layer', 'src/interpreter/i.ts:3: sibling']);
  });

  it('reports a file cycle (type-only imports included) and a native folder cycle', () => {
    assert.deepStrictEqual(tree({
      'src/frontend/a.ts': "import type { B } from './b';\nexport type A = B;\n",
      'src/frontend/b.ts': "const a = require('./a');\nexport type B = number;\n",
      'native/asm/x.h': '#include "../entry/y.h"\n',
      'native/asm/w.h': '#pragma once\n',
      'native/entry/y.h': '#pragma once\n',
      'native/entry/z.cc': '#include <cstdint>\n#include "../asm/w.h"\n',
    }), ['native/asm/x.h:1: folder-cycle', 'native/entry/z.cc:2: folder-cycle', 'src/frontend/a.ts:1: cycle', 'src/frontend/b.ts:1: cycle']);
  });

  it('reports a file that sits on no floor', () => {
    assert.deepStrictEqual(tree({ 'src/somewhere/new.ts': 'export {};\n' }), ['src/somewhere/new.ts:1: unplaced']);
  });
});
