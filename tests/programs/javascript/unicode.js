const line = std.in.getline();
console.log([...line].reverse().join(""));
console.log("π ≈ 3.14159 — naïve café ✓ 🦀 汉字");
