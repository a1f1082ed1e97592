// Grouped arrays containing wide characters: node pads columns by display
// width (CJK and emoji count as 2 columns, combining accents as 0), so
// alignment uses width, not .length. Latin-1 is one column.
console.log(["日本", "中文", "한국어", "abc", "de", "f", "ΑΒΓ", "xyz"]);
console.log(["😀", "🎉🎉", "a", "bb", "ccc", "dddd", "e", "ff"]);
console.log(["café", "naïve", "über", "x", "yy", "zzz", "éé", "ñ"]);
console.log({ "日本": "語", emoji: "😀", list: ["日", "本", "語", "中", "文", "字", "漢"] });
