// BOS answers a listing as one JSON object. When `nextMarker` comes before the entries (a
// top-level string field ahead of "contents" / "commonPrefixes"), the next page can be requested
// while this one still arrives and parses. A scan of the head of the body finds it; when the
// field comes later (the emulator puts it last), `tailMarker` reads it from the end of the complete
// body before the body is parsed: the next page is then on its way while this one parses.

/** Bytes of the body's head looked at: the envelope fields are short; keys are at most 1 KB. */
const HEAD_LIMIT = 8 * 1024;
const MARKER = /"nextMarker"\s*:\s*("(?:[^"\\]|\\.)*")/;
const ENTRIES = /"(?:contents|commonPrefixes)"\s*:/;

export interface EarlyMarkerScanner {
  /** Feed the body as it arrives; calls `onMarker` at most once. */
  push(text: string): void;
}

export function earlyMarkerScanner(onMarker: (marker: string) => void): EarlyMarkerScanner {
  let head = '';
  let done = false;
  return {
    push(text) {
      if (done) return;
      head += text;
      const entries = ENTRIES.exec(head);
      const found = MARKER.exec(entries ? head.slice(0, entries.index) : head);
      if (found?.[1]) {
        done = true;
        let marker: unknown;
        try {
          marker = JSON.parse(found[1]);
        } catch {
          return; // not a well-formed string: the full parse will judge the body
        }
        if (typeof marker === 'string' && marker !== '') onMarker(marker);
        return;
      }
      // Past the envelope (entries began) or too far in: the marker is not in the head.
      if (entries || head.length > HEAD_LIMIT) done = true;
    },
  };
}

/** How much of the body's end `tailMarker` looks at. */
const TAIL_LIMIT = 4 * 1024;
const TAIL_MARKER = /"nextMarker"\s*:\s*("(?:[^"\\]|\\.)*")\s*}\s*$/;

/** A nextMarker as the body's last field (a hint: the full parse decides, a wrong one is dropped). */
export function tailMarker(body: string): string | undefined {
  const found = TAIL_MARKER.exec(body.length > TAIL_LIMIT ? body.slice(-TAIL_LIMIT) : body);
  if (!found?.[1]) return undefined;
  try {
    const marker: unknown = JSON.parse(found[1]);
    return typeof marker === 'string' && marker !== '' ? marker : undefined;
  } catch {
    return undefined;
  }
}
