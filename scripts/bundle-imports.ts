// Which modules a built bundle loads at runtime. The shipped app has no node_modules, so the
// main and preload bundles may load only Electron and Node built-ins. Parsed with TypeScript's
// JS parser, so specifiers inside comments and strings are not mistaken for imports.
import { builtinModules } from 'node:module';
import ts from 'typescript';

const requireNames = new Set(['require', '__require']);

function literalText(node: ts.Node | undefined): string | undefined {
  return node !== undefined && ts.isStringLiteralLike(node) ? node.text : undefined;
}

export function importedSpecifiers(code: string): string[] {
  const source = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const found = new Set<string>();
  const visit = (node: ts.Node): void => {
    let specifier: string | undefined;
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) specifier = literalText(node.moduleSpecifier);
    else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const isImport = callee.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(callee) && requireNames.has(callee.text);
      if (isImport || isRequire) specifier = literalText(node.arguments[0]);
    }
    if (specifier !== undefined) found.add(specifier);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return [...found].sort();
}

const builtins = new Set(builtinModules);

export function isAllowedRuntimeImport(specifier: string): boolean {
  if (specifier === 'electron' || specifier.startsWith('node:')) return true;
  return builtins.has(specifier) || builtins.has(specifier.split('/')[0]!);
}

/** Specifiers other than electron and Node built-ins (relative chunks included: there should be none). */
export function foreignImports(code: string): string[] {
  return importedSpecifiers(code).filter((s) => !isAllowedRuntimeImport(s));
}

/** The preload carries method names and a builder only: a few KB (zod alone made it 194 KB). */
export const PRELOAD_MAX_BYTES = 16 * 1024;

/** Why a preload bundle is too heavy: zod's class names inside, or more bytes than the wire names need. */
export function preloadBloat(code: string): string[] {
  const problems: string[] = [];
  if (/\$Zod[A-Z]|ZodError/.test(code)) problems.push('preload bundles zod: import names from ipc/channels, not ipc/contract');
  const bytes = Buffer.byteLength(code);
  if (bytes > PRELOAD_MAX_BYTES) problems.push(`preload is ${bytes} bytes (limit ${PRELOAD_MAX_BYTES})`);
  return problems;
}
