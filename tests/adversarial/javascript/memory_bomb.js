// Attack: allocate 1 MiB ArrayBuffers until QuickJS's allocation is refused by the cap.
const hoard = [];
for (;;) hoard.push(new ArrayBuffer(1 << 20));
