try {
  require("lodash");
} catch (e) {
  console.log(e.code, e.message.split("\n")[0]);
}
const path = require("path");
console.log(path.join("/a/b", "../c", "d.txt"), path.basename("/x/y/z.js", ".js"), path.extname("f.tar.gz"));
const os = require("os");
console.log(JSON.stringify(os.EOL));
