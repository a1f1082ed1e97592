// URL and URLSearchParams: parsing with a base, every component and its setter, the live
// searchParams of a URL, the constructors' inputs, iteration, printing, node's errors.
const u = new URL('https://user:pw@a.b:8080/c/d?x=1&y=2#h');
console.log(u, String(u), JSON.stringify({ u }), u.searchParams, [...u.searchParams], u.searchParams === u.searchParams);
u.searchParams.append('z', '3'); console.log(u.href); u.pathname = '/new'; u.hash = ''; console.log(u.href, u.origin);
const p = new URLSearchParams('a=1&b=2&a=3');
console.log(p, p.getAll('a'), p.get('c'), p.has('b'), p.size, p.toString(), [...p.keys()], Object.fromEntries(p));
console.log(new URLSearchParams({ q: 'x y', n: 1 }).toString(), new URLSearchParams([['k', 'v']]).toString(), URL.canParse('nope'), new URL('../x', 'https://a.b/c/d').href);
try { new URL('nope'); } catch (e) { console.log(e.name, e.code, e.message, e.input); }
console.log(Object.getOwnPropertyNames(URL.prototype).join(), Object.getOwnPropertyNames(URLSearchParams.prototype).join());
p.forEach((v, k) => console.log('each', k, v));
for (const [k, v] of new URLSearchParams('m=1&n=2')) console.log('pair', k, v);
const api = new URL('/search', 'https://example.com');
api.searchParams.set('q', 'kiln jit');
api.searchParams.set('page', 2);
console.log(api.toString(), api.search, decodeURIComponent(api.searchParams.toString()));
