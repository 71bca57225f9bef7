// Attack: bypass the Node layer and write with QuickJS's std.out directly.
for (;;) std.out.puts("B".repeat(4096));
