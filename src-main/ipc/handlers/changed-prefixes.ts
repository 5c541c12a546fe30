// The folders whose listing changed when these keys were written or deleted.
export function parentPrefix(key: string): string {
  const trimmed = key.endsWith('/') ? key.slice(0, -1) : key;
  const slash = trimmed.lastIndexOf('/');
  return slash < 0 ? '' : trimmed.slice(0, slash + 1);
}

export function changedPrefixes(keys: Iterable<string>): string[] {
  return [...new Set([...keys].map(parentPrefix))].sort();
}
