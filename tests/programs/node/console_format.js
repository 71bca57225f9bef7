console.log("%s has %d items costing %f total", "cart", 3, 19.99);
console.log("%i%%", 42.9);
console.log("json: %j", { a: [1, 2] });
console.log("%s and %s", "only one");
console.log("no placeholders", "extra", 5);
console.log("%o", [1, { a: 2 }]);
console.error("this goes to stderr");
console.info("info line");
console.warn("warn line");
