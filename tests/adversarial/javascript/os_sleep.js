// Attack: QuickJS's own blocking os.sleep for an hour: ends at the wall deadline.
import * as os from "qjs:os";
console.log("going to sleep");
os.sleep(3600 * 1000);
console.log("LEAK woke up");
