// sparseView with many segments against a reference listing: random folders (names that meet at
// the UTF-8 / UTF-16 order boundary), random segments opened at random start-afters with random
// pages loaded. No key is shown twice or left out; gaps stand exactly where nothing was listed;
// loading each gap's owner joins the chains into the whole listing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareKeys, type ObjectPage, seekStartAfter } from '../../contract';
import { isGap, type SegmentPages, type LoadedView, sparseView } from './row-view';
import { wirePage as pageUnder } from '../../test/wire-page';
import { planTrim } from './segment-cap';
import { pageColumns } from './page-columns';

const FOLDER = 'f/';

/** What the services list under FOLDER with delimiter '/': files and folder prefixes, in byte order. */
function entriesOf(names: readonly string[]): string[] {
  const out = new Set<string>();
  for (const n of names) {
    const slash = n.indexOf('/');
    out.add(FOLDER + (slash < 0 ? n : n.slice(0, slash + 1)));
  }
  return [...out].sort(compareKeys);
}

function wirePage(names: readonly string[]): ObjectPage {
  return pageUnder(FOLDER, names.map((k) => ({ name: k.slice(FOLDER.length), storageClass: '' })));
}

type Spec = { startAfter: string | undefined; pages: number; size: number };

/** A segment as the service pages it: entries after its start-after (a folder prefix only when above it). */
function listSegment(entries: readonly string[], spec: Spec): SegmentPages & { listed: string[] } {
  const after = entries.filter((e) => spec.startAfter === undefined || compareKeys(e, spec.startAfter) > 0);
  const pages: ObjectPage[] = [];
  let at = 0;
  for (let p = 0; p < spec.pages; p += 1) {
    pages.push(wirePage(after.slice(at, at + spec.size)));
    at += spec.size;
    if (at >= after.length) break;
  }
  // A query with no page yet has no next page either (react-query's hasNextPage without data).
  return { startAfter: spec.startAfter, pages, hasNext: pages.length > 0 && at < after.length, listed: after.slice(0, Math.min(at, after.length)) };
}

/** The keys each segment has listed, merged: [from exclusive ('' = start), to inclusive (null = end)]. */
function coverage(segments: readonly (SegmentPages & { listed: string[] })[]): { from: string; to: string | null }[] {
  const spans = segments
    .filter((s) => s.pages.length > 0 || s.startAfter === undefined)
    .map((s) => ({ from: s.startAfter ?? '', to: s.pages.length > 0 && !s.hasNext ? null : (s.listed.at(-1) ?? s.startAfter ?? '') }))
    .map((s) => ({ ...s, to: s.to !== null && compareKeys(s.to, s.from) < 0 ? s.from : s.to }))
    .sort((a, b) => compareKeys(a.from, b.from));
  const merged: { from: string; to: string | null }[] = [];
  for (const s of spans) {
    const last = merged.at(-1);
    if (last && (last.to === null || compareKeys(s.from, last.to) <= 0)) {
      if (last.to !== null && (s.to === null || compareKeys(s.to, last.to) > 0)) last.to = s.to;
    } else merged.push({ ...s });
  }
  return merged;
}

const inSpan = (key: string, s: { from: string; to: string | null }): boolean => (s.from === '' || compareKeys(key, s.from) > 0) && (s.to === null || compareKeys(key, s.to) <= 0);

/** The view cut at its gaps: each stretch's keys. */
function chains(view: LoadedView): string[][] {
  const out: string[][] = [[]];
  for (let i = 0; i < view.length; i += 1) {
    const e = view.at(i);
    if (isGap(e)) out.push([]);
    else out.at(-1)?.push(e?.key ?? '?');
  }
  return out.filter((c, i) => i > 0 || c.length > 0);
}

const char = fc.constantFrom('a', 'b', '/', '-', '报', '\u{E000}', '\u{FF5E}', '\u{FFFF}', '\u{10000}', '\u{1F600}');
const name = fc.array(char, { minLength: 1, maxLength: 4 }).map((cs) => cs.join('')).filter((n) => !n.startsWith('/'));
const startAfter = (entries: readonly string[]) =>
  fc.oneof(
    fc.array(char, { maxLength: 3 }).map((cs) => FOLDER + cs.join('')),
    entries.length > 0 ? fc.constantFrom(...entries).map((k) => seekStartAfter(k, 1024)) : fc.constant(FOLDER),
    entries.length > 0 ? fc.constantFrom(...entries) : fc.constant(FOLDER),
  );
const world = fc.uniqueArray(name, { maxLength: 40 }).chain((names) => {
  const entries = entriesOf(names);
  const seek = fc.record({ startAfter: startAfter(entries), pages: fc.integer({ min: 1, max: 4 }), size: fc.integer({ min: 1, max: 6 }) });
  const base = fc.record({ startAfter: fc.constant(undefined), pages: fc.integer({ min: 0, max: 4 }), size: fc.integer({ min: 1, max: 6 }) });
  return fc.tuple(fc.constant(entries), base, fc.array(seek, { maxLength: 8 }));
});

function check(entries: readonly string[], specs: readonly Spec[]): void {
  const segments = specs.map((s) => listSegment(entries, s));
  const view = sparseView(segments, FOLDER);
  const spans = coverage(segments);
  const shown = view.rows().map((r) => r.key);
  // Exactly the listed keys, each once.
  expect(new Set(shown).size).toBe(shown.length);
  expect([...shown].sort(compareKeys)).toEqual(entries.filter((k) => spans.some((s) => inSpan(k, s))));
  for (const k of entries) expect(view.covers(k), k).toBe(spans.some((s) => inSpan(k, s)));
  // One gap before every stretch that does not start at the folder's start; folders then files in
  // each stretch, each in byte order, and stretches in order.
  const stretches = chains(view);
  const gaps = Array.from({ length: view.length }, (_, i) => view.at(i)).filter(isGap);
  expect(gaps).toHaveLength(spans.filter((s) => s.from !== '').length);
  for (const c of stretches) {
    const folders = c.filter((k) => k.endsWith('/'));
    const files = c.filter((k) => !k.endsWith('/'));
    expect(c).toEqual([...[...folders].sort(compareKeys), ...[...files].sort(compareKeys)]);
  }
  const flat = stretches.map((c) => [...c].sort(compareKeys));
  for (let i = 1; i < flat.length; i += 1) {
    const before = flat[i - 1]?.at(-1);
    const first = flat[i]?.[0];
    if (before !== undefined && first !== undefined) expect(compareKeys(before, first)).toBeLessThan(0);
  }
  expect(view.tailOwner === -1).toBe(spans.at(-1)?.to === null);
  // Closing the segments the view calls redundant changes nothing shown.
  if (view.redundant.length > 0) {
    const kept = sparseView(segments.filter((_, i) => !view.redundant.includes(i)), FOLDER);
    expect(Array.from({ length: kept.length }, (_, i) => kept.at(i)?.key)).toEqual(Array.from({ length: view.length }, (_, i) => view.at(i)?.key));
  }
}

describe('sparseView with random segments against a reference listing', () => {
  it('shows every listed key once, in order, with one gap per unlisted stretch', () => {
    fc.assert(
      fc.property(world, ([entries, base, seeks]) => check(entries, [base, ...seeks])),
      { numRuns: 400 },
    );
  });

  it('loading each gap owner’s next page (then the end) joins the segments into the whole listing', () => {
    fc.assert(
      fc.property(world, ([entries, base, seeks]) => {
        const specs: Spec[] = [base, ...seeks].map((s) => ({ ...s }));
        for (let step = 0; step < 500; step += 1) {
          check(entries, specs);
          const view = sparseView(specs.map((s) => listSegment(entries, s)), FOLDER);
          const owner = view.firstGap ? view.firstGap.owner : view.tailOwner;
          if (owner < 0) break;
          (specs[owner] as Spec).pages += 1;
        }
        const done = sparseView(specs.map((s) => listSegment(entries, s)), FOLDER);
        expect(done.firstGap).toBeNull();
        expect(done.tailOwner).toBe(-1);
        const folders = entries.filter((k) => k.endsWith('/'));
        expect(done.rows().map((r) => r.key)).toEqual([...folders, ...entries.filter((k) => !k.endsWith('/'))]);
      }),
      { numRuns: 150 },
    );
  });
});

type CappedSpec = Spec & { tail?: boolean };
let trims = 0;

/** Each segment over `cap` pages trimmed as the listing does (planTrim), checked against the reference listing. */
function trimAll(entries: readonly string[], specs: readonly CappedSpec[], cap: number): CappedSpec[] {
  return specs.flatMap((spec) => {
    const listed = listSegment(entries, spec);
    const plan = planTrim({ pages: [...listed.pages], pageParams: listed.pages.map((_, i) => i) }, spec.startAfter, !spec.tail, FOLDER, cap);
    if (!plan) return [spec];
    trims += 1;
    const tail: CappedSpec = { startAfter: plan.tail.startAfter, pages: plan.tail.data.pages.length, size: spec.size, tail: true };
    // The tail is what the service lists after the last dropped key; a refetch starts at its cursor.
    expect(listSegment(entries, tail).pages.map((p) => pageColumns(p).names)).toEqual(plan.tail.data.pages.map((p) => pageColumns(p).names));
    expect(plan.tail.data.pageParams[0]).toBe(listed.pages.length - plan.tail.data.pages.length);
    const keptFirst = plan.head ? listSegment(entries, { ...spec, pages: 1 }).listed : [];
    const dropped = listed.listed.slice(keptFirst.length, listed.listed.length - listSegment(entries, tail).listed.length);
    expect(dropped.length).toBeGreaterThan(0);
    for (const k of dropped) expect(inSpan(k, { from: plan.dropped.from, to: plan.dropped.to }), k).toBe(true);
    return plan.head ? [{ ...spec, pages: 1 }, tail] : [tail];
  });
}

describe('sparseView with segments trimmed at a row cap', () => {
  it('paging the end on: no segment over the cap, every invariant holds after each trim, and the end is reached', () => {
    trims = 0;
    fc.assert(
      fc.property(world, fc.integer({ min: 2, max: 4 }), ([entries, base, seeks], cap) => {
        let specs: CappedSpec[] = [base, ...seeks].map((s) => ({ ...s }));
        for (let step = 0; step < 400; step += 1) {
          specs = trimAll(entries, specs, cap);
          check(entries, specs);
          for (const s of specs) expect(listSegment(entries, s).pages.length).toBeLessThanOrEqual(cap);
          const view = sparseView(specs.map((s) => listSegment(entries, s)), FOLDER);
          if (view.tailOwner < 0) break;
          (specs[view.tailOwner] as CappedSpec).pages += 1;
        }
        expect(sparseView(specs.map((s) => listSegment(entries, s)), FOLDER).tailOwner).toBe(-1);
      }),
      { numRuns: 300 },
    );
    expect(trims).toBeGreaterThan(20); // the runs did trim (heads and tails), not only pass under the cap
  });

  it('a trimmed segment’s gap loads the dropped keys back in place: paging gap owners refills them, trimming as it goes', () => {
    fc.assert(
      fc.property(world, fc.integer({ min: 2, max: 4 }), ([entries, base, seeks], cap) => {
        let specs: CappedSpec[] = [base, ...seeks].map((s) => ({ ...s, pages: s.pages + cap * 2 }));
        specs = trimAll(entries, specs, cap);
        for (let step = 0; step < 50; step += 1) {
          check(entries, specs);
          const before = sparseView(specs.map((s) => listSegment(entries, s)), FOLDER);
          if (!before.firstGap || before.firstGap.owner < 0) break;
          const owner = specs[before.firstGap.owner] as CappedSpec;
          const shown = new Set(before.rows().map((r) => r.key));
          owner.pages += 1;
          // The owner's new page: the keys right after its end, shown now unless another segment had them.
          const added = listSegment(entries, owner).listed.slice(listSegment(entries, { ...owner, pages: owner.pages - 1 }).listed.length);
          const after = new Set(sparseView(specs.map((s) => listSegment(entries, s)), FOLDER).rows().map((r) => r.key));
          for (const k of added) expect(after.has(k) || shown.has(k), k).toBe(true);
          specs = trimAll(entries, specs, cap);
        }
      }),
      { numRuns: 200 },
    );
  });
});
