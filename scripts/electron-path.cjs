// Prints the path of the Electron binary for `npm start`, or explains in two plain lines why
// there is none and what to do instead, and exits 1.
//
// We never call require('electron') here: its index.js downloads the binary whenever it is
// missing, on every call, and lets the downloader's stack trace through. Instead:
//  1. a cheap check that needs no network (path.txt + dist/, as electron's index.js reads
//     them, or ELECTRON_OVERRIDE_DIST_PATH) answers every start once the binary is there;
//  2. when it is missing we run electron's own install.js once, with its output captured
//     (a fresh clone on a networked machine should just work, as `npm start` promises);
//  3. if that fails we note it beside the package, and later starts within RETRY_AFTER_MS
//     report the noted reason at once instead of waiting on a network that said no.
//     `npx install-electron` retries at any time; a reinstalled node_modules forgets the note.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const RETRY_AFTER_MS = 24 * 60 * 60 * 1000;
const DOWNLOAD_TIMEOUT_MS = 10 * 60 * 1000;
const FAILURE_NOTE = '.glossa-download-failed.json';

/** Where the installed electron package lives, or null when npm has not installed it. */
const electronPackageDir = (from = __dirname) => {
  try {
    return path.dirname(require.resolve('electron/package.json', { paths: [from] }));
  } catch {
    return null;
  }
};

/** The binary electron's index.js would return, checked on disk; never downloads. */
const findBinary = (pkgDir, env = process.env) => {
  const pathFile = path.join(pkgDir, 'path.txt');
  const executable = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '';
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, executable || 'electron');
    return fs.existsSync(candidate) ? { path: candidate } : { missing: `no binary at ${candidate} (ELECTRON_OVERRIDE_DIST_PATH)` };
  }
  if (!executable) return { missing: 'not installed' };
  const candidate = path.join(pkgDir, 'dist', executable);
  return fs.existsSync(candidate) ? { path: candidate } : { missing: `no binary at ${candidate}` };
};

/**
 * One line out of a downloader's output: the message of the last `SomeError: message` line
 * (the cause, not the stack), else the first line that is not a stack frame.
 */
const conciseReason = (output) => {
  const lines = String(output || '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('at ') && !/^Downloading Electron/i.test(l));
  const errors = lines.map((l) => /^(?:[A-Z]\w*)?Error(?: \[[\w-]+\])?: (.+)$/.exec(l)).filter(Boolean);
  const reason = errors.length ? errors[errors.length - 1][1] : lines[0] || 'no reason given';
  return reason.length > 160 ? `${reason.slice(0, 157)}...` : reason;
};

const readFailureNote = (pkgDir, version, now) => {
  try {
    const note = JSON.parse(fs.readFileSync(path.join(pkgDir, FAILURE_NOTE), 'utf8'));
    if (note.version !== version || !(now - note.at < RETRY_AFTER_MS)) return null;
    return note;
  } catch {
    return null;
  }
};

const writeFailureNote = (pkgDir, note) => {
  try {
    fs.writeFileSync(path.join(pkgDir, FAILURE_NOTE), JSON.stringify(note));
  } catch {
    // A read-only node_modules only means the next start tries again.
  }
};

/** Runs electron's install.js once with its output captured; returns null or the reason it failed. */
const runInstaller = (pkgDir, env = process.env) => {
  const result = spawnSync(process.execPath, [path.join(pkgDir, 'install.js')], {
    cwd: pkgDir,
    env,
    encoding: 'utf8',
    timeout: DOWNLOAD_TIMEOUT_MS,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.error) return result.error.code === 'ETIMEDOUT' ? 'download timed out' : `download failed: ${result.error.message}`;
  if (result.status !== 0) return `download failed: ${conciseReason(`${result.stdout}\n${result.stderr}`)}`;
  return null;
};

/** The two lines a person sees: what is missing and why, then what to do. */
const unavailableMessage = (reason, platform = `${process.platform}-${process.arch}`) =>
  [
    `glossa: the desktop app needs the Electron binary for ${platform}, which is not available here (${reason}).`,
    '        Use browser mode instead: npm run web   (where the network allows, install Electron with: npx install-electron, then npm start)',
  ].join('\n');

/** Returns { path } or { reason }; may run the installer once (see the top of this file). */
const resolveElectron = ({ from = __dirname, env = process.env, now = Date.now(), install = runInstaller, say = () => {} } = {}) => {
  const pkgDir = electronPackageDir(from);
  if (!pkgDir) return { reason: 'the electron package is not installed; run npm install' };
  const found = findBinary(pkgDir, env);
  if (found.path) return found;
  // An override names a binary the person supplies: downloading would not put it there.
  if (env.ELECTRON_OVERRIDE_DIST_PATH) return { reason: found.missing };
  const version = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).version;
  const noted = readFailureNote(pkgDir, version, now);
  if (noted) return { reason: `${noted.reason}; last tried ${new Date(noted.at).toISOString().slice(0, 16).replace('T', ' ')} UTC` };
  say(`glossa: downloading the Electron ${version} binary (once, about 100 MB)...`);
  const failed = install(pkgDir, env);
  const after = findBinary(pkgDir, env);
  if (!failed && after.path) return after;
  const reason = failed ?? after.missing;
  writeFailureNote(pkgDir, { version, at: now, reason });
  return { reason };
};

module.exports = { conciseReason, findBinary, resolveElectron, unavailableMessage, FAILURE_NOTE, RETRY_AFTER_MS };

if (require.main === module) {
  const outcome = resolveElectron({ say: (line) => process.stderr.write(`${line}\n`) });
  if (outcome.path) {
    process.stdout.write(outcome.path);
  } else {
    process.stderr.write(`${unavailableMessage(outcome.reason)}\n`);
    process.exit(1);
  }
}
