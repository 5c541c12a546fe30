// Test helper: a text written in pieces cut at the given places (taken modulo its length, in order).
export function writeInPieces(text: string, cuts: readonly number[], write: (piece: string) => void): void {
  let at = 0;
  for (const cut of cuts.map((c) => c % (text.length + 1)).sort((a, b) => a - b)) {
    write(text.slice(at, cut));
    at = cut;
  }
  write(text.slice(at));
}
