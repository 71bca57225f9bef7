for (;;) console.log("spam ".repeat(200));
