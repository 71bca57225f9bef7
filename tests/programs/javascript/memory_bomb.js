const hoard = [];
for (;;) hoard.push(new ArrayBuffer(1 << 20));
