let a = null, b = 0, c = 1;
a ??= 5; b ||= 6; c &&= 7;
console.log(a, b, c);
const o = { x: null, y: 0, z: 1, get g() { console.log('get'); return 1; }, set g(v) { console.log('set', v); } };
o.x ??= 'x'; o.y ||= 'y'; o.z &&= 'z';
console.log(o.x, o.y, o.z);
o.g ??= 5; o.g ||= 6; o.g &&= 7;
const k = 'x';
o[k] ??= 'no'; console.log(o[k]);
let cnt = 0;
function key() { cnt++; return 'y'; }
o[key()] ||= 'w'; console.log(o.y, cnt);
const frozen = { get r() { return 1; } };
console.log(frozen.r ||= 3);
let u;
console.log((u ??= 3), u);
const arr = [0, 1];
arr[0] ||= 9; arr[1] &&= 8; arr[2] ??= 7;
console.log(arr);
