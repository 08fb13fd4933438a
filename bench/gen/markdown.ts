import type { Chain } from './markov';
import type { Random } from './random';

/**
 * Markdown notes for the rendering benchmark: an ordinary long note (headings, paragraphs
 * with emphasis, code and links, lists, quotes, code blocks, a table) and inputs known to
 * make Markdown parsers slow (deep nesting, runs of delimiters, bracket soup, huge tables).
 */
export const ordinaryNote = (chain: Chain, random: Random, bytes: number): string => {
  const parts: string[] = [];
  let size = 0;
  const add = (block: string) => {
    parts.push(block);
    size += Buffer.byteLength(block) + 2;
  };
  while (size < bytes) {
    const t = (n: number) => chain.text(random, n);
    switch (random.int(7)) {
      case 0:
        add(`${'#'.repeat(1 + random.int(3))} ${t(8)}`);
        break;
      case 1:
        add(Array.from({ length: 3 + random.int(4) }, () => `- ${t(10)} **${t(4)}** ${t(12)}`).join('\n'));
        break;
      case 2:
        add(`> ${t(40)}\n> _${t(10)}_ ${t(30)}`);
        break;
      case 3:
        add(`\`\`\`\n${Array.from({ length: 4 }, () => `const x = '${t(12)}';`).join('\n')}\n\`\`\``);
        break;
      case 4:
        add(`| ${t(4)} | ${t(4)} | ${t(4)} |\n|---|---|---|\n${Array.from({ length: 5 }, () => `| ${t(6)} | ${t(6)} | ${t(6)} |`).join('\n')}`);
        break;
      default:
        add(`${t(60)} **${t(6)}** ${t(40)} _${t(5)}_ \`${t(4)}\` [${t(4)}](https://example.org/${random.int(1e6)}) ${t(80)}\n${t(50)}`);
    }
  }
  return parts.join('\n\n');
};

export const pathologicalNotes = (): Array<{ name: string; source: string }> => [
  { name: 'nested lists, 10k deep', source: `${'- '.repeat(10_000)}x` },
  { name: 'nested indented lists, 2k deep', source: Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n') },
  { name: 'nested quotes, 10k deep', source: `${'> '.repeat(10_000)}x` },
  { name: '100k * and _ delimiters', source: `${'*a_'.repeat(50_000)}` },
  { name: '100k ** openers', source: `${'**a '.repeat(50_000)}` },
  { name: '50k [ brackets', source: `${'['.repeat(50_000)}x${'](u)'.repeat(100)}` },
  {
    name: 'link-reference chain, 10k refs',
    source: `${Array.from({ length: 10_000 }, (_, i) => `[a][r${i}]`).join('')}\n\n${Array.from({ length: 10_000 }, (_, i) => `[r${i}]: https://e.org/${i}`).join('\n')}`,
  },
  {
    name: 'huge table, 5k rows x 10 cols',
    source: `${'| h '.repeat(10)}|\n${'|---'.repeat(10)}|\n${Array.from({ length: 5000 }, (_, r) => `${Array.from({ length: 10 }, (_, c) => `| ${r}.${c} `).join('')}|`).join('\n')}`,
  },
];
