// Preloaded (`node --import`) into a measured child: on exit it writes the process's whole CPU
// time, so `node -e 0` and `newsbot --help` are measured the same way.
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`\ncpu-ms ${(user + system) / 1000}\n`);
});
