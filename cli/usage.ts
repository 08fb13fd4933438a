/** A mistake in how the command was called: exit code 2 and the usage text. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `Usage: glossa <command> [options]

Commands:
  import FILE...                 import articles (.txt, .md, .html; UTF-8, GB18030, Big5, UTF-16);
                                 each refused file is one line on stderr, exit 1, and changes
                                 nothing (the others are imported)
  list                           list the articles in the notebook
  show DOC [--text]              an article's details; --text prints exactly its canonical text
  annotate DOC (--quote TEXT [--prefix P] [--suffix S] | --start N --end N)
           [--tag T]... [--note MD] [--color NAME]
                                 highlight a passage (an excerpt when it has tags)
  annotations DOC                an article's annotations with their anchoring state
  replace DOC FILE               replace an article's text with a newer version and re-anchor
  export DOC [--out FILE]        Markdown for Obsidian or Logseq (stdout without --out; with
                                 --json, {documentId, fileName, markdown} on stdout, or with
                                 --out {documentId, fileName, path, bytes})
         [--annotated] [--links]
                                 --annotated: the whole article with ==highlights== and notes as
                                 footnotes; --links: glossa:// and source links on each excerpt
  export --tag QUERY [--out FILE]
                                 one note of every excerpt matching QUERY, by article (雲端,
                                 "two words", a b = both, a -b = a not b, a, b = either)
  export --all --dir DIR [--by-tag] [--annotated] [--no-links]
                                 a note per article (and per tag) plus an index into DIR;
                                 exporting again updates Glossa's part and keeps your edits
  tags                           every tag with its count and colour
  tag rename FROM TO             rename a tag everywhere (FROM/x becomes TO/x; onto a tag merges)
  tag merge SOURCE... --into T   merge tags (and their sub-tags) into T
  tag delete NAME                remove a tag and its sub-tags from every annotation
  tag color NAME COLOR|none      give a tag a colour, or take it away
  excerpts [--tag T]... [--all-tags] [--color C]... [--doc DOC]... [--from DATE] [--to DATE]
           [--group-by document|tag]
                                 excerpts across all articles; tags match sub-tags (研究 finds
                                 研究/雲端); several --tag match any (--all-tags: every one);
                                 DATE is YYYY-MM-DD (local day) for when the excerpt was made
  colors [--set COLOR=NAME]...   what each highlight colour means (重要, evidence…); shown in
                                 the app and written by export; --set COLOR= removes a name
  search QUERY... [--limit N]    find text in titles, articles, quotes, notes and tags; 雲 finds 云,
                                 ＡＩ finds AI; words must all occur; '"a phrase"', tag:NAME (and
                                 its sub-tags), color:NAME, doc:TITLE-TEXT; matches in [brackets]
                                 (bold on a terminal); text@N is the offset for annotate --start
  delete DOC [ANNOTATION]        move an article, or one annotation, to the trash
  trash [list]                   deleted articles and annotations, kept 30 days
  trash restore ID...            bring items back (an annotation re-anchors in today's text)
  trash empty                    delete everything in the trash for good
  backups                        the verified backups of the notebook, newest first
  backup                         back the notebook up now (the app does so as you work)
  restore [BACKUP]               the notebook back to a backup (default: the newest); the
                                 notebook as it was is backed up first, so this can be undone
  check                          validate every file of the notebook; exit 1 on problems
  serve [--port N] [--open]      browser mode: the app on http://127.0.0.1 with a token

Options for every command:
  --notebook DIR                 the notebook folder (default: $GLOSSA_NOTEBOOK, else the app's)
  --json                         print the result as JSON (the stored records, reports)
  -h, --help                     this text

DOC is an article id, a unique id prefix, or an exact title.
Exit status: 0 success, 1 a reported error, 2 a usage error.
`;
