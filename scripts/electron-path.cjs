// Prints the Electron binary's path, or exits 1 with the reason when it cannot be obtained
// (require('electron') downloads it on first use; these machines cannot download it).
// electron's index logs its download progress on stdout; keep stdout for the path alone.
console.log = (...args) => console.error(...args);
try {
  const path = require('electron');
  if (typeof path !== 'string' || !require('node:fs').existsSync(path)) throw new Error(`no binary at ${path}`);
  process.stdout.write(path);
} catch (err) {
  process.stderr.write(String(err && err.message ? err.message : err).split('\n')[0] + '\n');
  process.exit(1);
}
