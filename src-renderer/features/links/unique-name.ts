// Default link names: the source's name, made unique within the folder ("a.txt" -> "a (link).txt",
// "a（链接）.txt" in Chinese): the locale words the suffix, the numbering stays here.
function splitExtension(name: string): [string, string] {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
}

/** Words the stem of the n-th candidate: n = 1 is "stem (link)", then "stem (link 2)", … */
export type LinkStem = (stem: string, n: number) => string;

const englishStem: LinkStem = (stem, n) => `${stem} (link${n === 1 ? '' : ` ${n}`})`;

export function uniqueLinkName(sourceName: string, taken: ReadonlySet<string>, linkStem: LinkStem = englishStem): string {
  if (!taken.has(sourceName)) return sourceName;
  const [stem, ext] = splitExtension(sourceName);
  for (let n = 1; ; n += 1) {
    const candidate = `${linkStem(stem, n)}${ext}`;
    if (!taken.has(candidate)) return candidate;
  }
}
