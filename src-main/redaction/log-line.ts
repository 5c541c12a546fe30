// Main's log is line-oriented: user text quoted in a message (a metadata name with a newline, a
// key with an ESC sequence) must not forge a line or repaint the terminal. Every line main logs
// goes through `logSafe`: control characters, line/paragraph separators and lone surrogates
// become visible escapes, so one call always prints exactly one line.

// C0 controls, DEL, C1 controls, U+2028/U+2029 and unpaired surrogates (the `u` flag makes a
// lone surrogate its own code point, a valid pair is one astral code point and does not match).
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]|\p{Cs}/gu;

const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeOne(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return named[char] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}

/** `text` with every control character escaped (a backslash itself is kept as is). */
export function logSafe(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}
