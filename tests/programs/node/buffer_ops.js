const b = Buffer.from("héllo", "utf8");
console.log(b.length, b.toString("hex"), b.toString("base64"));
console.log(Buffer.from("aGk=", "base64").toString(), Buffer.concat([Buffer.from("ab"), Buffer.from("cd")]).toString());
console.log(Buffer.byteLength("日本"), Buffer.alloc(3).length, Buffer.isBuffer(b));
console.log(JSON.stringify(Buffer.from([1, 2, 3])));
