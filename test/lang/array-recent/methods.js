// Array.prototype methods of ES2016 on: at, findLast/findLastIndex, reduceRight, flat,
// flatMap, copyWithin, toReversed/toSorted/toSpliced/with — holes, negative and
// out-of-range indexes, callbacks that change the array, and their errors.
const a = [1, 2, 3, 4, 5];
console.log(a.at(0), a.at(-1), a.at(5), a.at(-6), a.at(1.7), a.at('2'), a.at(NaN), a.at({ valueOf() { return -2; } }));
console.log([, 1].at(0), [].at(0));
console.log(a.findLast((x) => x % 2 === 0), a.findLastIndex((x) => x % 2 === 0), a.findLast((x) => x > 9), a.findLastIndex((x) => x > 9));
const seen = [];
[1, , 3].findLast((x, i, arr) => { seen.push([x, i, arr.length]); return false; });
console.log(JSON.stringify(seen));
const shrinking = [1, 2, 3, 4];
console.log(shrinking.findLastIndex((x, i, arr) => { if (i === 3) arr.length = 1; return x === undefined && i === 2; }));
console.log(a.reduceRight((acc, x) => acc + x), [1, 2, 3].reduceRight((acc, x, i) => acc + `${x}@${i} `, ''), [[1], [2]].reduceRight((acc, x) => acc.concat(x), []));
console.log([, 5, ,].reduceRight((acc, x) => acc + x, 10));
try { [].reduceRight((x) => x); } catch (e) { console.log(e.constructor.name, e.message); }
try { [, ,].reduceRight((x) => x); } catch (e) { console.log(e.constructor.name, e.message); }
console.log([1, [2, [3, [4, [5]]]]].flat(), [1, [2, [3, [4, [5]]]]].flat(2), [1, [2, [3, [4, [5]]]]].flat(Infinity), [1, [2]].flat(0), [1, [2]].flat(-1));
console.log([1, , [2, , 3]].flat(), [[]].flat(), [1, [2]].flat('1'), [[1, [2]]].flat(undefined));
console.log([1, 2, 3].flatMap((x) => [x, x * 10]), [1, 2].flatMap((x) => [[x]]), ['a b', 'c'].flatMap((s) => s.split(' ')), [1, , 3].flatMap((x, i) => i));
console.log([1, 2].flatMap(function (x) { return this.k + x; }, { k: 100 }));
try { [1].flatMap(3); } catch (e) { console.log(e.constructor.name, e.message); }
console.log([1, 2, 3, 4, 5].copyWithin(0, 3), [1, 2, 3, 4, 5].copyWithin(1, 0, 3), [1, 2, 3, 4, 5].copyWithin(-2, 0), [1, 2, 3, 4, 5].copyWithin(0, -2, -1), [1, 2, 3].copyWithin(5, 0));
console.log([1, , 3, 4].copyWithin(2, 0), [1, 2, 3, 4, 5].copyWithin(2, 1, 4));
const orig = [3, 1, , 2];
console.log(orig.toReversed(), orig.toSorted(), orig.toSorted((x, y) => y - x), orig, orig.toSpliced(1, 2, 'a', 'b', 'c'), orig.toSpliced(-1), orig.toSpliced(), orig.with(2, 'h'), orig.with(-1, 0));
console.log(['b', 'a', 10, 9, undefined].toSorted(), [5, 1].toSorted(undefined));
try { [1].toSorted(1); } catch (e) { console.log(e.constructor.name, e.message); }
try { [1, 2].with(2, 0); } catch (e) { console.log(e.constructor.name, e.message); }
try { [1, 2].with(-3, 0); } catch (e) { console.log(e.constructor.name, e.message); }
console.log([].at.length, [].findLast.length, [].flat.length, [].flatMap.length, [].copyWithin.length, [].toSorted.length, [].toSpliced.length, [].with.length, [].reduceRight.length);
console.log([].at.name, [].with.name, Array.prototype.toReversed.name);
