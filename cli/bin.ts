import { runCli } from './main';
import { serveCommand } from './serve/serve-command';

/** The `glossa` process: real stdout/stderr and a real exit code. */
const io = {
  out: (text: string) => void process.stdout.write(text),
  err: (text: string) => void process.stderr.write(text),
};

runCli(process.argv.slice(2), io, process.env, serveCommand).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`glossa: ${String(err)}\n`);
    process.exitCode = 1;
  },
);
