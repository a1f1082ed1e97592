// Intl over node's ICU: NumberFormat, DateTimeFormat, Collator, PluralRules,
// RelativeTimeFormat, ListFormat, Locale, DisplayNames; bound format/compare, parts, errors.
const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
console.log(usd.format(1234.5), usd.formatToParts(-1.5).map((p) => p.type).join(','), usd.resolvedOptions().currency, [1, 2.5].map(usd.format));
console.log(new Intl.NumberFormat('de-DE').format(1234567.891), Intl.NumberFormat('en-IN').format(12345678), new Intl.NumberFormat('en', { notation: 'compact' }).format(15300));
const d = new Date(Date.UTC(2024, 0, 15, 12, 30));
const dtf = new Intl.DateTimeFormat('en-US', { dateStyle: 'full', timeStyle: 'short', timeZone: 'UTC' });
console.log(dtf.format(d), new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC' }).format(d), dtf.formatToParts(d).length);
const coll = new Intl.Collator('de');
console.log(['z', 'ä', 'a'].sort(coll.compare), coll.compare('a', 'b'), new Intl.Collator('en', { sensitivity: 'base' }).compare('a', 'A'));
const pr = new Intl.PluralRules('en-US', { type: 'ordinal' });
console.log([1, 2, 3, 4, 11].map((n) => pr.select(n)).join(','));
console.log(new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).format(-1, 'day'), new Intl.ListFormat('en', { type: 'conjunction' }).format(['a', 'b', 'c']));
const loc = new Intl.Locale('en-Latn-US');
console.log(loc.language, loc.region, loc.baseName, String(loc), new Intl.DisplayNames(['en'], { type: 'region' }).of('DE'));
console.log(Intl.getCanonicalLocales(['EN-us']), Object.prototype.toString.call(Intl), Object.prototype.toString.call(usd), typeof Intl.NumberFormat.supportedLocalesOf);
try { new Intl.NumberFormat('en', { style: 'currency' }); } catch (e) { console.log(e.name, e.message); }
try { Intl.PluralRules(); } catch (e) { console.log(e.name); }
console.log((1234.5).toLocaleString('en-US'), new Date(0).toLocaleDateString('en-US', { timeZone: 'UTC' }));
console.log(new Intl.NumberFormat("en-US"), [new Intl.Locale("en")])
