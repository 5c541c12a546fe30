// Default link names: the source's name, made unique within the folder ("a.txt" -> "a (link).txt").
function splitExtension(name: string): [string, string] {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
}

export function uniqueLinkName(sourceName: string, taken: ReadonlySet<string>): string {
  if (!taken.has(sourceName)) return sourceName;
  const [stem, ext] = splitExtension(sourceName);
  for (let n = 1; ; n += 1) {
    const candidate = `${stem} (link${n === 1 ? '' : ` ${n}`})${ext}`;
    if (!taken.has(candidate)) return candidate;
  }
}
