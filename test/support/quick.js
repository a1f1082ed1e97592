'use strict';
// `npm run test:quick` (KILN_TEST_QUICK=1): the same test files, each on a representative
// subset, so a developer's loop stays under two minutes on a 2-core machine. Every test file
// still runs; the corpus-style files keep one program per feature folder and run each in ONE
// mode, the modes rotating over the programs so that every mode (jitless, eager, eager1,
// stress, gcstress, default) is exercised somewhere. `npm test` runs everything.
const QUICK = process.env.KILN_TEST_QUICK === '1';
const PER_GROUP = Number(process.env.KILN_TEST_QUICK_PER_GROUP) || 1;

/** The first `perGroup` items of each group (groupOf(item)), in their original order. */
function quickSubset(items, groupOf, perGroup = PER_GROUP) {
  if (!QUICK) return items;
  const taken = new Map();
  return items.filter((item) => {
    const g = groupOf(item);
    const n = taken.get(g) || 0;
    taken.set(g, n + 1);
    return n < perGroup;
  });
}

/** The modes item number `index` runs in: all of them, or in quick mode one, by rotation. */
function quickModes(modes, index) {
  return QUICK ? [modes[index % modes.length]] : modes;
}

module.exports = { QUICK, quickSubset, quickModes };
