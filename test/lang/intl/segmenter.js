// Intl.Segmenter: grapheme, word and sentence segments by iteration (spread, Array.from,
// for-of with destructuring), containing() in and out of range, resolvedOptions, printing, and
// node's errors for a call without new. Emoji with modifiers and combining marks are one grapheme.
const s = new Intl.Segmenter('en', { granularity: 'word' });
const g = s.segment('Hi, you!');
console.log(g, [...g], g.containing(1), g.containing(100), typeof g[Symbol.iterator], s, s.resolvedOptions());
console.log([...new Intl.Segmenter().segment('👍🏽e\u0301x')].length, [...new Intl.Segmenter().segment('👍🏽e\u0301x')].map(x => x.segment));
const words = [...new Intl.Segmenter('en', { granularity: 'word' }).segment('The quick brown fox.')].filter(x => x.isWordLike).map(x => x.segment);
console.log(words, Array.from(new Intl.Segmenter('en', { granularity: 'sentence' }).segment('One. Two? Three!'), x => x.segment));
for (const { segment, index } of new Intl.Segmenter().segment('ab')) console.log(segment, index);
try { Intl.Segmenter(); } catch (e) { console.log(e.name, e.message); }
console.log(Object.prototype.toString.call(s), Intl.Segmenter.supportedLocalesOf(['en', 'xx']));
