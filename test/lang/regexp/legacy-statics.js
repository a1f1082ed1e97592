// The legacy statics (RegExp.$1, lastMatch, input, ...) after exec, global replace and split.
console.log(RegExp.$1 === '', RegExp.input);
'abcabc'.replace(/b(c)/g, 'x'); console.log(RegExp.$1, RegExp.lastMatch, RegExp.leftContext, RegExp.input);
'a-b-c'.split(/(-)/); console.log(RegExp.leftContext, RegExp['$+']);
/(z)/.test('q'); console.log(RegExp.$1);
/(\d+)-(\d+)/.exec('tel 555-1234 ok'); console.log(RegExp.$1, RegExp.$2, RegExp['$`'], RegExp["$'"], RegExp.$9 === '');
RegExp.input = 'changed'; console.log(RegExp.$_, RegExp.$1);
console.log(Object.getOwnPropertyNames(RegExp).join());
