const readline = require("readline");
const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
rl.question("name? ", (name) => {
  rl.question("age? ", (age) => {
    console.log(`\nhello ${name}, next year you are ${Number(age) + 1}`);
    rl.close();
  });
});
