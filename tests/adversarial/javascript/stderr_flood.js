// Attack: flood stderr through process.stderr.write.
for (;;) process.stderr.write("E".repeat(100) + "\n");
