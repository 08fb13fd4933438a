/**
 * `[[name]]` and `[[name#^block-id]]` links between exported notes. Obsidian resolves them
 * by file name, Logseq by page name; both read the same syntax. Names come from
 * safeFileName, which already removes what a wikilink cannot hold (`[ ] # ^ |`); they are
 * checked again here so a name from elsewhere cannot break out of the brackets.
 */
const UNSAFE = /[[\]#^|\r\n]/g;

export const wikilink = (name: string, blockId?: string): string => {
  const target = name.replace(UNSAFE, ' ').trim();
  return blockId === undefined ? `[[${target}]]` : `[[${target}#^${blockId}]]`;
};
