// A minimal INI reader for CLI config files (ossutil, bcecmd): sections, `key = value`, `#`/`;` comments.
// Section and key names are compared case-insensitively, so they are returned lower-cased.

export type Ini = Map<string, Map<string, string>>;

export function parseIni(text: string): Ini {
  const sections: Ini = new Map();
  let current = new Map<string, string>();
  sections.set('', current);
  for (const rawLine of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const section = /^\[(.+)\]$/.exec(line);
    if (section) {
      const name = section[1]!.trim().toLowerCase();
      current = sections.get(name) ?? new Map();
      sections.set(name, current);
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    current.set(line.slice(0, eq).trim().toLowerCase(), line.slice(eq + 1).trim());
  }
  return sections;
}

/** The first non-empty value among `keys` in the first of `sections` that exists. */
export function iniValue(ini: Ini, sections: readonly string[], keys: readonly string[]): string {
  for (const name of sections) {
    const section = ini.get(name.toLowerCase());
    if (!section) continue;
    for (const key of keys) {
      const value = section.get(key.toLowerCase());
      if (value) return value;
    }
  }
  return '';
}
