// JSON text that keeps typed arrays, for the browser host's bridge: Electron's structured clone
// delivers a listing page's Float64Array/Uint8Array columns as typed arrays, so the bridge must
// too (plain JSON would turn each into an object of numbered keys). Node writes a typed array as
// a tagged list of its values; the page rebuilds it (restoreTypedSource, run in the page).

/** A key no contract object can have (HTTP header names and our field names hold no NUL). */
export const TYPED_TAG = '\u0000typedArray';
const TYPED_NAMES = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array'] as const;
type TypedName = (typeof TYPED_NAMES)[number];
type Typed = InstanceType<(typeof globalThis)[TypedName]>;

/** The constructor name of a typed array (a Node Buffer is a Uint8Array, as Electron's IPC sends it). */
function typedName(value: ArrayBufferView): TypedName | undefined {
  return TYPED_NAMES.find((name) => value instanceof globalThis[name]);
}

/** `value` as JSON text, typed arrays tagged. */
export function typedJson(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, v: unknown) {
    // The value before toJSON (a Buffer's toJSON would hide that it is a Uint8Array).
    const raw = this[key];
    if (ArrayBuffer.isView(raw)) {
      const name = typedName(raw);
      if (!name) throw new TypeError(`cannot send a ${raw.constructor.name} over the bridge`);
      return { [TYPED_TAG]: name, values: Array.from(raw as Typed) };
    }
    if (v === null || typeof v !== 'object') return v;
    // Never ambiguous: an object that already carries the tag would be read back as a typed array.
    if (Object.hasOwn(v, TYPED_TAG)) throw new TypeError('an answer holds the typed-array tag');
    return v;
  });
}

/**
 * Source text of `restoreTyped(value)`, for the page: rebuilds the tagged typed arrays of a parsed
 * answer in place (a walk, not a JSON.parse reviver, which would call back for every value).
 */
export const restoreTypedSource = `function restoreTyped(value) {
  const tag = ${JSON.stringify(TYPED_TAG)};
  const names = ${JSON.stringify(TYPED_NAMES)};
  const walk = (v) => {
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const item = v[i];
        if (item !== null && typeof item === 'object') v[i] = walk(item);
      }
      return v;
    }
    if (Object.hasOwn(v, tag)) {
      const name = v[tag];
      if (!names.includes(name) || !Array.isArray(v.values)) throw new TypeError('a malformed typed array in an answer');
      return globalThis[name].from(v.values);
    }
    for (const key of Object.keys(v)) {
      const item = v[key];
      if (item === null || typeof item !== 'object') continue;
      const restored = walk(item);
      if (restored !== item) v[key] = restored;
    }
    return v;
  };
  return walk(value);
}`;
