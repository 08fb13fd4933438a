import { cpSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

/**
 * @doyensec/electronegativity, run through its programmatic API (the CLI always exits 0 and,
 * with -o, silently drops files it could not parse; the API returns both the findings and
 * the parse errors, so an unparsed file fails the audit instead of passing it).
 */
export const ROOT = join(__dirname, '..', '..');
const requireHere = createRequire(join(ROOT, 'package.json'));

export type Severity = 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH';
export const SEVERITY_RANK: Record<Severity, number> = { INFORMATIONAL: 0, LOW: 1, MEDIUM: 2, HIGH: 3 };

export interface Finding {
  /** e.g. OPEN_EXTERNAL_JS_CHECK */
  id: string;
  /** Relative to the scanned folder, with forward slashes. */
  file: string;
  line: number;
  severity: Severity;
  confidence: string;
  /** The source line the finding points at (N/A for global checks). */
  sample: string;
  description: string;
}

export interface AuditResult {
  findings: Finding[];
  /** Files the tool could not parse (and so did not check). */
  parseErrors: { file: string; message: string }[];
}

interface RawIssue {
  id: string;
  file: string;
  sample?: string;
  description: string;
  location: { line: number };
  severity: { name: Severity };
  confidence: { name: string };
}
type Run = (options: Record<string, unknown>) => Promise<{ issues: RawIssue[]; errors: { file: string; message: string; tolerable: boolean }[] }>;

/** The Electron we ship: the audit's defaults tables depend on it (out/ has no package.json). */
export const electronVersion = (): string =>
  (JSON.parse(readFileSync(requireHere.resolve('electron/package.json'), 'utf8')) as { version: string }).version;

/**
 * The tool fetches updated translations from the web on every run (1 s timeout) through
 * `got`; the audit stays offline by giving it a `got` that always fails, so it just keeps
 * its bundled English texts. Nothing else in a run uses `got` (the one network check,
 * AvailableSecurityFixesGlobalCheck, is excluded below).
 */
const keepOffline = () => {
  const toolRequire = createRequire(requireHere.resolve('@doyensec/electronegativity/package.json'));
  const gotPath = toolRequire.resolve('got');
  if (requireHere.cache[gotPath]?.exports?.offline) return;
  const offline = Object.assign(() => Promise.reject(new Error('the audit runs offline')), { offline: true });
  requireHere.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline } as unknown as NodeJS.Module;
};

export const runElectronegativity = async (input: string): Promise<AuditResult> => {
  keepOffline();
  const run = requireHere('@doyensec/electronegativity') as Run;
  const result = await run({
    input,
    isRelative: false,
    isVerbose: false,
    // Its only network check (asks GitHub for newer Electron releases); the rest is offline.
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    electronVersionOverride: electronVersion(),
    parserPlugins: [],
  });
  const rel = (file: string) => (file === 'N/A' ? file : relative(input, file).split('\\').join('/'));
  return {
    findings: result.issues.map((i) => ({
      id: i.id,
      file: rel(i.file),
      line: i.location?.line ?? 0,
      severity: i.severity.name,
      confidence: i.confidence.name,
      sample: (i.sample ?? 'N/A').trim(),
      description: i.description,
    })),
    parseErrors: result.errors.filter((e) => !e.tolerable).map((e) => ({ file: rel(e.file), message: e.message })),
  };
};

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

/**
 * A copy of the built app whose JavaScript is lowered to ES2019. The tool's scope analysis
 * (escope) stops at syntax newer than that (class private fields, from bundled lowdb: "Unknown
 * node type PrivateName") and would skip the whole file; lowering keeps every call and
 * option object the checks look for, only rewriting the syntax around them.
 */
export const lowerBuiltApp = (outDir: string, into: string): string => {
  cpSync(outDir, into, { recursive: true });
  for (const file of walk(into).filter((f) => f.endsWith('.js'))) {
    const lowered = ts.transpileModule(readFileSync(file, 'utf8'), {
      fileName: file,
      compilerOptions: { target: ts.ScriptTarget.ES2019, module: ts.ModuleKind.Preserve, allowJs: true },
    });
    writeFileSync(file, lowered.outputText);
  }
  return into;
};

/** The Electron host's shipped sources: its tests (fake windows, hostile CSPs as data) left out. */
export const copyShippedSources = (srcDir: string, into: string): string => {
  for (const file of walk(srcDir)) {
    if (!/\.(ts|js|html)$/.test(file) || /\.test\.ts$/.test(file)) continue;
    const target = join(into, relative(srcDir, file));
    mkdirSync(dirname(target), { recursive: true });
    cpSync(file, target);
  }
  return into;
};

/** How one finding reads in a failure message. */
export const describeFinding = (f: Finding): string =>
  `${f.severity} ${f.id} at ${f.file}:${f.line} — ${f.description}\n    ${f.sample}`;
