// Labeled break and continue that cross several finally blocks at once: every
// finally between the jump and its target runs, innermost first.
const log = [];
outer: for (let i = 0; i < 3; i++) {
  try {
    inner: for (let j = 0; j < 3; j++) {
      try {
        if (j === 1 && i === 0) continue outer;
        if (j === 2 && i === 1) break outer;
        if (j === 1) continue inner;
        log.push(i + "" + j);
      } finally {
        log.push("fj" + i + j);
      }
    }
  } finally {
    log.push("fi" + i);
  }
}
console.log(log.join(" "));
const log2 = [];
block: {
  try {
    try {
      log2.push("a");
      break block;
    } finally {
      log2.push("b");
    }
  } finally {
    log2.push("c");
  }
  log2.push("unreachable");
}
log2.push("d");
console.log(log2.join(" "));
function search(grid, target) {
  const visits = [];
  let found = null;
  rows: for (let r = 0; r < grid.length; r++) {
    try {
      for (let c = 0; c < grid[r].length; c++) {
        try {
          if (grid[r][c] === target) {
            found = [r, c];
            break rows;
          }
          if (grid[r][c] < 0) continue rows;
        } finally {
          visits.push(grid[r][c]);
        }
      }
    } finally {
      visits.push("|");
    }
  }
  return found + " " + visits.join(",");
}
console.log(search([[1, 2, 3], [4, -5, 6], [7, 8, 9]], 8));
console.log(search([[1, 2], [3, 4]], 99));
console.log("done");
