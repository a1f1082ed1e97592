// A prototype with more methods than a fast shape holds stays non-enumerable (dictionary).
class Big {
  constructor() { this.own = 1; }
  m0() { return 0; } m1() { return 1; } m2() { return 2; } m3() { return 3; } m4() { return 4; }
  m5() { return 5; } m6() { return 6; } m7() { return 7; } m8() { return 8; } m9() { return 9; }
  n0() { return 10; } n1() { return 11; } n2() { return 12; } n3() { return 13; } n4() { return 14; }
  n5() { return 15; } n6() { return 16; } n7() { return 17; } n8() { return 18; } n9() { return 19; }
  p0() { return 20; } p1() { return 21; } p2() { return 22; } p3() { return 23; } p4() { return 24; }
  p5() { return 25; } p6() { return 26; } p7() { return 27; } p8() { return 28; } p9() { return 29; }
  q0() { return 30; } q1() { return 31; } q2() { return 32; } q3() { return 33; } q4() { return 34; }
  q5() { return 35; } q6() { return 36; } q7() { return 37; } q8() { return 38; } q9() { return 39; }
  r0() { return 40; } r1() { return 41; } r2() { return 42; } r3() { return 43; } r4() { return 44; }
  r5() { return 45; } r6() { return 46; } r7() { return 47; } r8() { return 48; } r9() { return 49; }
  s0() { return 50; } s1() { return 51; } s2() { return 52; } s3() { return 53; } s4() { return 54; }
  s5() { return 55; } s6() { return 56; } s7() { return 57; } s8() { return 58; } s9() { return 59; }
  t0() { return 60; } t1() { return 61; } t2() { return 62; } t3() { return 63; } t4() { return 64; }
  t5() { return 65; } t6() { return 66; } t7() { return 67; } t8() { return 68; } t9() { return 69; }
}
const b = new Big();
const keys = [];
for (const k in b) keys.push(k);
console.log(keys, Object.keys(b), b.t9() + b.m0() + b.q5());
let s = 0;
for (let i = 0; i < 2000; i++) s += b.r3() + b.own;
console.log(s);
