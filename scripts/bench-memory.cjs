// Preloaded (node --require) into the processes `npm run bench` measures: prints, as the process exits, the
// heap in use and the peak resident set size on one stderr line.
process.on('exit', () => {
  const heapMB = process.memoryUsage().heapUsed / 2 ** 20;
  const rssMB = process.resourceUsage().maxRSS / 1024;
  process.stderr.write(`memory: ${JSON.stringify({ heapMB, rssMB })}\n`);
});
