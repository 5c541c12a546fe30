import { describe, expect, it } from 'vitest';
import { iniValue, parseIni } from './ini';

describe('parseIni()', () => {
  it('reads sections and keys case-insensitively, skipping comments and junk', () => {
    const ini = parseIni('\uFEFF; top\n[Credentials]\r\nAccessKeyID = id = with equals\n# c\nnot a pair\n[Other]\nk=v\n');
    expect(iniValue(ini, ['credentials'], ['accesskeyid'])).toBe('id = with equals');
    expect(iniValue(ini, ['missing', 'OTHER'], ['nope', 'K'])).toBe('v');
    expect(iniValue(ini, ['Credentials'], ['k'])).toBe('');
  });
});
