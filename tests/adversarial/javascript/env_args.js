// Attack: look for secrets in the environment and arguments: process.env, process.argv,
// std.getenviron, scriptArgs.
console.log("env:", JSON.stringify(process.env));
console.log("HOME:", process.env.HOME, "PATH:", process.env.PATH);
console.log("argv:", JSON.stringify(process.argv));
console.log("getenviron:", JSON.stringify(std.getenviron()));
console.log("cwd:", process.cwd());
