// The renderer runs in a sandboxed page without Node: its tsconfig (tsconfig.renderer.json, run
// by `npm run typecheck`) must not know Node's globals, and ESLint must refuse them there too.
import path from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = process.cwd();

function rendererProgram(extraFile: string, text: string) {
  const configFile = ts.readConfigFile(path.join(root, 'tsconfig.renderer.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, root);
  const host = ts.createCompilerHost(parsed.options);
  const readFile = host.readFile.bind(host);
  host.readFile = (file) => (path.resolve(file) === extraFile ? text : readFile(file));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (file) => path.resolve(file) === extraFile || fileExists(file);
  return ts.createProgram({ rootNames: [...parsed.fileNames, extraFile], options: parsed.options, host });
}

describe('renderer without Node types', () => {
  it('type-checks renderer code with no @types/node loaded, so process and Buffer are errors', () => {
    const probe = path.join(root, 'src-renderer', '__node-globals-probe.ts');
    const program = rendererProgram(probe, "export const home = process.env.HOME;\nexport const bytes = Buffer.from('x');\nexport const ok = new TextEncoder().encode('x');\n");
    expect(program.getSourceFiles().map((f) => f.fileName).filter((f) => f.includes('@types/node'))).toEqual([]);
    const messages = program.getSemanticDiagnostics(program.getSourceFile(probe)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(messages).toEqual([expect.stringContaining("Cannot find name 'process'"), expect.stringContaining("Cannot find name 'Buffer'")]);
  }, 60_000);

  it('ESLint refuses Node globals in renderer code, not in main', async () => {
    const eslint = new ESLint({ cwd: root });
    const code = "export const home = process.env.HOME;\nexport const bytes = Buffer.from('x');\n";
    const rules = async (filePath: string) => ((await eslint.lintText(code, { filePath }))[0]?.messages ?? []).map((m) => m.ruleId);
    expect(await rules('src-renderer/features/probe.ts')).toEqual(['no-restricted-globals', 'no-restricted-globals']);
    expect(await rules('src-main/storage/probe.ts')).toEqual([]);
  });
});
