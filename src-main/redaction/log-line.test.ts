import { describe, expect, it } from 'vitest';
import { logSafe } from './log-line';

describe('logSafe', () => {
  it('turns a forged second log line into one visible line', () => {
    const forged = 'Metadata name "x\n[ipc] profiles.save: OK saved" is not allowed';
    const line = logSafe(forged);
    expect(line).not.toContain('\n');
    expect(line).toBe('Metadata name "x\\n[ipc] profiles.save: OK saved" is not allowed');
  });

  it('escapes every C0/C1 control, DEL, CR, terminal escapes and Unicode line separators', () => {
    const all = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)).join('') + '\x7f\x85\x9b\u2028\u2029';
    const line = logSafe(all);
    // eslint-disable-next-line no-control-regex
    expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
    expect(line).toContain('\\r');
    expect(line).toContain('\\x1b');
    expect(line).toContain('\\u2028');
  });

  it('escapes lone surrogates but keeps valid astral characters and ordinary text', () => {
    expect(logSafe('a\ud800b')).toBe('a\\ud800b');
    expect(logSafe('文件 😀 ok')).toBe('文件 😀 ok');
  });
});
