// Cache keys built from parts with JSON so that no key or bucket name can collide with another
// through a separator character. `cacheKeyPrefix(a, b)` is a prefix of `cacheKey(a, b, c, ...)`.

export function cacheKey(...parts: string[]): string {
  return JSON.stringify(parts);
}

export function cacheKeyPrefix(...parts: string[]): string {
  return JSON.stringify(parts).slice(0, -1) + ',';
}
