import * as os from "qjs:os";
os.sleep(1e9);
console.log("woke up");
