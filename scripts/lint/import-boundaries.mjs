// @ts-check
import { refusesComputed, violation } from './layers.mjs';

/**
 * glossa/import-boundaries: every way a module can name another one (import, export-from,
 * import(), require, `import x = require()`, `import('…')` types, `new URL('…', import.meta.url)`
 * and Vite's import.meta.glob) is resolved against the file and checked against the layer
 * table in layers.mjs. Glob patterns in no-restricted-imports matched spellings and could be
 * dodged by an extension, a `..` detour or a dynamic import; paths cannot.
 */

/** The string a node spells, if it is a constant: a literal or a template without ${}. */
const constant = (node) => {
  if (!node) return undefined;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked ?? undefined;
  return undefined;
};

const isImportMeta = (node) => node?.type === 'MetaProperty' && node.meta.name === 'import' && node.property.name === 'meta';

/** @type {import('eslint').Rule.RuleModule} */
export const importBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the layer table of docs/decisions/0005-import-boundaries.md (DESIGN.md import rules).' },
    schema: [],
    messages: {
      area: "{{layer}} may import {{allowed}}; '{{specifier}}' is {{target}} (docs/decisions/0005-import-boundaries.md).",
      package: "{{layer}} may use {{rule}} of the npm packages; '{{specifier}}' is not allowed there (docs/decisions/0005-import-boundaries.md).",
      builtin: "{{layer}} runs outside Node: no Node built-in module such as '{{specifier}}' (docs/decisions/0005-import-boundaries.md).",
      testCode: "'{{specifier}}' is test code ({{target}}): only tests and tools import it.",
      outside: "'{{specifier}}' lies outside the repository: nothing imports from there.",
      computed: 'A computed module name cannot be checked against the import rules: name the module with a string literal.',
    },
  },
  create(context) {
    const file = context.physicalFilename;

    const check = (node, specifier) => {
      const problem = violation(specifier, file);
      if (problem) context.report({ node, ...problem });
    };
    /** import() and require(): a constant is checked, anything else refused in product code. */
    const checkCall = (node, argument) => {
      const specifier = constant(argument);
      if (specifier !== undefined) check(argument, specifier);
      else if (argument && refusesComputed(file)) context.report({ node, messageId: 'computed' });
    };
    const checkSource = (node) => {
      const specifier = constant(node.source);
      if (specifier !== undefined) check(node.source, specifier);
    };

    return {
      ImportDeclaration: checkSource,
      ExportNamedDeclaration: checkSource,
      ExportAllDeclaration: checkSource,
      ImportExpression: (node) => checkCall(node, node.source),
      TSImportEqualsDeclaration(node) {
        if (node.moduleReference.type === 'TSExternalModuleReference') checkCall(node, node.moduleReference.expression);
      },
      TSImportType(node) {
        // typescript-eslint 8.4x+ gives `source`; before, `argument` wrapped the name in a TSLiteralType.
        const argument = node.source ?? (node.argument?.type === 'TSLiteralType' ? node.argument.literal : node.argument);
        const specifier = constant(argument);
        if (specifier !== undefined) check(argument, specifier);
      },
      CallExpression(node) {
        const { callee } = node;
        if (callee.type === 'Identifier' && callee.name === 'require') return checkCall(node, node.arguments[0]);
        // require.resolve('…') names a module just as require does.
        if (callee.type === 'MemberExpression' && callee.object.type === 'Identifier' && callee.object.name === 'require') {
          return checkCall(node, node.arguments[0]);
        }
        // import.meta.glob('…' | ['…']): Vite imports every match.
        if (callee.type === 'MemberExpression' && isImportMeta(callee.object) && callee.property.type === 'Identifier' && callee.property.name === 'glob') {
          const patterns = node.arguments[0]?.type === 'ArrayExpression' ? node.arguments[0].elements : [node.arguments[0]];
          for (const pattern of patterns) {
            const specifier = constant(pattern);
            if (specifier !== undefined) check(pattern, specifier.replace(/^!/, ''));
            else if (pattern && refusesComputed(file)) context.report({ node: pattern, messageId: 'computed' });
          }
        }
      },
      NewExpression(node) {
        // new URL('./x', import.meta.url): how Vite bundles workers and assets.
        const [first, base] = node.arguments;
        if (node.callee.type !== 'Identifier' || node.callee.name !== 'URL') return;
        if (base?.type !== 'MemberExpression' || !isImportMeta(base.object)) return;
        const specifier = constant(first);
        if (specifier === undefined) return;
        // A URL without a scheme is relative to the module, `x/y` included; other schemes are not files.
        if (/^[a-z][a-z0-9+.-]*:/i.test(specifier)) {
          if (specifier.startsWith('file:')) check(first, specifier);
        } else check(first, /^[./]/.test(specifier) ? specifier : `./${specifier}`);
      },
    };
  },
};

export const glossaLintPlugin = {
  meta: { name: 'glossa' },
  rules: { 'import-boundaries': importBoundaries },
};
