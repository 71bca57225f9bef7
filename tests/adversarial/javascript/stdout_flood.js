// Attack: console.log forever.
for (;;) console.log("A".repeat(100));
