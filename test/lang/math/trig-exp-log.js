// Math.sin/cos/tan/asin/acos/atan/atan2/exp/log/log2/log10/hypot/cbrt/fround: the host's functions, in a hot loop so compiled code calls them too.
let s=0; for (let i=0;i<5000;i++) s += Math.sin(i)*Math.cos(i/3)+Math.atan2(i,7)+Math.hypot(3,i)+Math.exp(-i)+Math.log(i+1)+Math.fround(i/3);
console.log(s, Math.tan(1), Math.cbrt(27), Math.log2(8), Math.log10(1000), Math.asin(0.5), Math.acos(0.5), Math.atan(1));
