const EventEmitter = require("events");
class Queue extends EventEmitter {
  push(x) {
    this.emit("item", x);
  }
}
const q = new Queue();
q.on("item", (x) => console.log("got", x));
q.once("item", (x) => console.log("first only", x));
q.push(1);
q.push(2);
console.log(q.listenerCount("item"));
