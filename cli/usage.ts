/** A mistake in how the command was called: exit code 2 and the usage text. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `Usage: glossa <command> [options]

Commands:
  import FILE...                 import articles (.txt, .md, .html; UTF-8, GB18030, Big5, UTF-16)
  list                           list the articles in the notebook
  show DOC [--text]              an article's details; --text prints exactly its canonical text
  annotate DOC (--quote TEXT [--prefix P] [--suffix S] | --start N --end N)
           [--tag T]... [--note MD] [--color NAME]
                                 highlight a passage (an excerpt when it has tags)
  annotations DOC                an article's annotations with their anchoring state
  replace DOC FILE               replace an article's text with a newer version and re-anchor
  export DOC [--out FILE]        Markdown for Obsidian or Logseq (stdout without --out)
  check                          validate every file of the notebook; exit 1 on problems
  serve [--port N] [--open]      browser mode: the app on http://127.0.0.1 with a token

Options for every command:
  --notebook DIR                 the notebook folder (default: $GLOSSA_NOTEBOOK, else the app's)
  --json                         print the stored records as JSON
  -h, --help                     this text

DOC is an article id, a unique id prefix, or an exact title.
Exit status: 0 success, 1 a reported error, 2 a usage error.
`;
