import { parseArgs, type ParseArgsConfig } from 'node:util';
import { NotebookService } from '../data/service';
import { NotebookStore } from '../data/store/notebook-store';
import { resolveNotebookDir } from '../data/store/notebook-location';
import { annotateCommand, annotationsCommand } from './commands/annotations';
import { importCommand, listCommand, replaceCommand, showCommand } from './commands/documents';
import { checkCommand, exportCommand } from './commands/export-check';
import { exportNotesCommand, wantsNotebookExport, type ExportFlags } from './commands/export-notes';
import { colorsCommand } from './commands/colors';
import { excerptsCommand, type ExcerptsOptions } from './commands/excerpts';
import { tagCommand, tagsCommand } from './commands/tags';
import { searchCommand } from './commands/search';
import { deleteCommand, trashCommand } from './commands/trash';
import { backupCommand, backupsCommand, restoreCommand } from './commands/backups';
import { ReportedError, type CliContext, type Output } from './context';
import { USAGE, UsageError } from './usage';

const common = {
  notebook: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Which options each command accepts beyond the common ones. */
const commandOptions: Record<string, ParseArgsConfig['options']> = {
  import: {},
  list: {},
  show: { text: { type: 'boolean' } },
  annotate: {
    quote: { type: 'string' },
    prefix: { type: 'string' },
    suffix: { type: 'string' },
    start: { type: 'string' },
    end: { type: 'string' },
    tag: { type: 'string', multiple: true },
    note: { type: 'string' },
    color: { type: 'string' },
  },
  annotations: {},
  replace: {},
  export: {
    out: { type: 'string' },
    // The notebook forms (export-notes.ts): --annotated, --tag, --all --dir, --by-tag, links.
    annotated: { type: 'boolean' },
    links: { type: 'boolean' },
    'no-links': { type: 'boolean' },
    tag: { type: 'string' },
    all: { type: 'boolean' },
    dir: { type: 'string' },
    'by-tag': { type: 'boolean' },
  },
  check: {},
  serve: { port: { type: 'string' }, open: { type: 'boolean' } },
  // -- search commands --
  search: { limit: { type: 'string' } },
  // -- tag and excerpt commands --
  tags: {},
  tag: { into: { type: 'string' } },
  excerpts: {
    tag: { type: 'string', multiple: true },
    'all-tags': { type: 'boolean' },
    color: { type: 'string', multiple: true },
    doc: { type: 'string', multiple: true },
    from: { type: 'string' },
    to: { type: 'string' },
    'group-by': { type: 'string' },
  },
  colors: { set: { type: 'string', multiple: true } },
  trash: {},
  delete: {},
  backups: {},
  backup: {},
  restore: {},
  // -- export commands --
};

export type ServeCommand = (
  ctx: CliContext,
  options: { port?: string; open?: boolean },
) => Promise<void>;

/** Runs one command line; returns the exit code instead of exiting so tests can call it. */
export const runCli = async (
  argv: string[],
  io: Output,
  env: NodeJS.ProcessEnv = process.env,
  serve?: ServeCommand,
): Promise<number> => {
  const [command, ...rest] = commandFirst(argv);
  if (command === '-h' || command === '--help' || command === 'help') {
    io.out(USAGE);
    return 0;
  }
  try {
    if (command === undefined) throw new UsageError('a command is missing');
    const extra = commandOptions[command];
    if (!extra) throw new UsageError(`unknown command "${command}"`);
    const { values, positionals } = parseOrUsage(rest, { ...common, ...extra });
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    const notebookDir = resolveNotebookDir(values.notebook as string | undefined, env);
    const base = { ...io, json: Boolean(values.json), notebookDir };
    if (command === 'check') {
      await checkCommand({ ...base, service: undefined as never });
      return 0;
    }
    const openService = async () => {
      const store = await NotebookStore.open(notebookDir);
      for (const p of store.problems) {
        io.err(`glossa: ${p.file}: ${p.problem}; moved to ${p.movedTo}\n`);
      }
      for (const r of store.recovered) {
        io.err(`glossa: ${r.path} was damaged or missing; recovered from the backup of ${r.backedUpAt} (${r.backupId})\n`);
      }
      return new NotebookService(store);
    };
    // Opening creates a missing notebook; import opens it only once a file is accepted.
    if (command === 'import') return await importCommand(base, positionals, openService);
    const ctx: CliContext = { ...base, service: await openService() };
    const [first, second] = positionals;
    switch (command) {
      case 'list': noExtra(positionals, 0); await listCommand(ctx); break;
      case 'show': noExtra(positionals, 1); await showCommand(ctx, first, Boolean(values.text)); break;
      case 'annotate': noExtra(positionals, 1); await annotateCommand(ctx, first, values); break;
      case 'annotations': noExtra(positionals, 1); await annotationsCommand(ctx, first); break;
      case 'replace': noExtra(positionals, 2); await replaceCommand(ctx, first, second); break;
      case 'export':
        noExtra(positionals, 1);
        // Plain `export DOC [--out FILE]` keeps its own code path: its bytes must not change.
        if (wantsNotebookExport(values as ExportFlags)) await exportNotesCommand(ctx, first, values as ExportFlags);
        else await exportCommand(ctx, first, values.out as string | undefined);
        break;
      // -- search command cases --
      case 'search': await searchCommand(ctx, positionals, { limit: values.limit as string | undefined }); break;
      // -- tag and excerpt command cases --
      case 'tags': noExtra(positionals, 0); await tagsCommand(ctx); break;
      case 'tag': await tagCommand(ctx, positionals, values.into as string | undefined); break;
      case 'excerpts': noExtra(positionals, 0); await excerptsCommand(ctx, values as ExcerptsOptions); break;
      case 'colors': noExtra(positionals, 0); await colorsCommand(ctx, (values.set as string[] | undefined) ?? []); break;
      case 'trash': await trashCommand(ctx, positionals); break;
      case 'delete': noExtra(positionals, 2); await deleteCommand(ctx, first, second); break;
      case 'backups': noExtra(positionals, 0); await backupsCommand(ctx); break;
      case 'backup': noExtra(positionals, 0); await backupCommand(ctx); break;
      case 'restore': noExtra(positionals, 1); await restoreCommand(ctx, first); break;
      // -- export command cases --
      case 'serve':
        noExtra(positionals, 0);
        if (!serve) throw new ReportedError('browser mode is not available in this build');
        await serve(ctx, values as { port?: string; open?: boolean });
        break;
    }
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`glossa: ${err.message}\n\n${USAGE}`);
      return 2;
    }
    if (err instanceof ReportedError) {
      io.err(`glossa: ${err.message}\n`);
      return 1;
    }
    io.err(`glossa: unexpected error: ${(err as Error)?.stack ?? String(err)}\n`);
    return 1;
  }
};

/**
 * Global options may come before the command: `glossa --notebook DIR list`. Options and no
 * command (`glossa --notebook DIR --json`) give no command, never an option taken for one.
 */
const commandFirst = (argv: string[]): [string | undefined, ...string[]] => {
  let i = 0;
  while (i < argv.length && argv[i].startsWith('-') && argv[i] !== '-h' && argv[i] !== '--help') {
    i += argv[i] === '--notebook' ? 2 : 1;
  }
  if (i >= argv.length) return [undefined, ...argv];
  return [argv[i], ...argv.slice(0, i), ...argv.slice(i + 1)];
};

const parseOrUsage = (args: string[], options: NonNullable<ParseArgsConfig['options']>) => {
  // parseArgs refuses a value that starts with "-" (`--note '- item'`); a note or quote
  // often does, so a string option always takes the next word as its value.
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const name = args[i].startsWith('--') ? args[i].slice(2) : undefined;
    if (name && options[name]?.type === 'string' && i + 1 < args.length) joined.push(`--${name}=${args[++i]}`);
    else joined.push(args[i]);
  }
  try {
    return parseArgs({ args: joined, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
};

const noExtra = (positionals: string[], max: number) => {
  if (positionals.length > max) throw new UsageError(`unexpected argument "${positionals[max]}"`);
};
