// The renderer's CSP is written twice: the app:// header (src-main/app/csp.ts) and the
// <meta> in src-renderer/index.html (which also covers the browser host and dev server).
// They must not drift apart, so the meta is checked against the header's directives.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES } from '../src-main/app/security';

/** Directives a <meta> CSP cannot carry (CSP3 §6.1 "is ignored when delivered via meta"): header only. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

const indexHtml = readFileSync(fileURLToPath(new URL('../src-renderer/index.html', import.meta.url)), 'utf8');

function metaCsp(html: string): string {
  const tags = [...html.matchAll(/<meta\b[^>]*>/gis)].map((m) => m[0]).filter((tag) => /http-equiv\s*=\s*"Content-Security-Policy"/i.test(tag));
  expect(tags, 'exactly one CSP <meta> in index.html').toHaveLength(1);
  const content = /\bcontent\s*=\s*"([^"]*)"/i.exec(tags[0] as string)?.[1];
  expect(content, 'the CSP <meta> has a content attribute').toBeTypeOf('string');
  return content as string;
}

/** Directive name → normalised source list, in written order. */
function parsePolicy(policy: string): [string, string][] {
  return policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .filter((tokens) => tokens[0])
    .map(([name, ...sources]) => [(name as string).toLowerCase(), sources.join(' ')]);
}

describe('CSP consistency between index.html and the app:// header', () => {
  const header = CSP_DIRECTIVES.map(([name, value]): [string, string] => [name, value.trim().split(/\s+/).join(' ')]);

  it('the meta CSP has every header directive a meta can carry, with the same sources, in the same order', () => {
    const meta = parsePolicy(metaCsp(indexHtml));
    expect(meta).toEqual(header.filter(([name]) => !HEADER_ONLY.has(name)));
  });

  it('the meta CSP names no directive twice and none that a meta would ignore', () => {
    const meta = parsePolicy(metaCsp(indexHtml));
    const names = meta.map(([name]) => name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((name) => HEADER_ONLY.has(name))).toEqual([]);
  });

  it('the parser sees a drift (a looser meta) as a difference', () => {
    const loosened = metaCsp(indexHtml).replace("script-src 'self'", "script-src 'self' 'unsafe-eval'");
    expect(parsePolicy(loosened)).not.toEqual(parsePolicy(metaCsp(indexHtml)));
  });
});
