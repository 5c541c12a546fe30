import { describe, expect, it } from 'vitest';
import { effectiveAddressing, parseEndpoint, presetEndpoint, resolveTarget } from './endpoints';

const oss = { provider: 'oss' as const, region: 'cn-hangzhou', endpoint: '', addressing: 'virtual-host' as const };
const bos = { provider: 'bos' as const, region: 'bj', endpoint: '', addressing: 'path' as const };

describe('endpoints', () => {
  it('builds region presets', () => {
    expect(presetEndpoint('oss', 'cn-hangzhou')).toBe('https://oss-cn-hangzhou.aliyuncs.com');
    expect(presetEndpoint('oss', 'oss-cn-beijing', false)).toBe('http://oss-cn-beijing.aliyuncs.com');
    expect(presetEndpoint('bos', 'bj')).toBe('https://bj.bcebos.com');
    expect(presetEndpoint('oss', 'cn-hangzhou', true, 'internal')).toBe('https://oss-cn-hangzhou-internal.aliyuncs.com');
    expect(presetEndpoint('oss', 'cn-hangzhou', true, 'dualStack')).toBe('https://cn-hangzhou.oss.aliyuncs.com');
    // BOS has no separate internal host: the public one serves both.
    expect(presetEndpoint('bos', 'bj', true, 'internal')).toBe('https://bj.bcebos.com');
  });

  it('uses virtual-hosted addressing on the preset host', () => {
    expect(resolveTarget(oss, 'bkt', 'a b/c+d')).toEqual({ origin: 'https://bkt.oss-cn-hangzhou.aliyuncs.com', host: 'bkt.oss-cn-hangzhou.aliyuncs.com', path: '/a%20b/c%2Bd' });
    expect(resolveTarget(oss, 'bkt')).toMatchObject({ path: '/' });
    expect(resolveTarget(oss)).toEqual({ origin: 'https://oss-cn-hangzhou.aliyuncs.com', host: 'oss-cn-hangzhou.aliyuncs.com', path: '/' });
  });

  it('uses path style on request and always for IP endpoints', () => {
    const ip = { ...oss, endpoint: 'http://127.0.0.1:9000' };
    expect(effectiveAddressing(ip)).toBe('path');
    expect(resolveTarget(ip, 'bkt', 'dir/')).toEqual({ origin: 'http://127.0.0.1:9000', host: '127.0.0.1:9000', path: '/bkt/dir/' });
    expect(resolveTarget({ ...oss, addressing: 'path' }, 'bkt', '😀')).toMatchObject({ origin: 'https://oss-cn-hangzhou.aliyuncs.com', path: '/bkt/%F0%9F%98%80' });
  });

  it('prefixes BOS path-style requests with /v1', () => {
    expect(resolveTarget(bos, 'bkt', 'k?#')).toEqual({ origin: 'https://bj.bcebos.com', host: 'bj.bcebos.com', path: '/v1/bkt/k%3F%23' });
    expect(resolveTarget(bos, 'bkt')).toMatchObject({ path: '/v1/bkt' });
    expect(resolveTarget({ ...bos, addressing: 'virtual-host' }, 'bkt', 'k')).toMatchObject({ origin: 'https://bkt.bj.bcebos.com', path: '/k' });
  });

  it('parses custom endpoints and rejects garbage', () => {
    expect(parseEndpoint('minio.local:9000')).toMatchObject({ protocol: 'https:', host: 'minio.local:9000', basePath: '' });
    expect(parseEndpoint('http://proxy/oss/')).toMatchObject({ protocol: 'http:', basePath: '/oss' });
    expect(() => parseEndpoint('ftp://x')).toThrow(TypeError);
    expect(() => parseEndpoint('http://h/?a=b')).toThrow(TypeError);
    // Parsed once per endpoint text (every request resolves its target): the same frozen answer,
    // and garbage is refused every time, never remembered.
    expect(parseEndpoint('http://proxy/oss/')).toBe(parseEndpoint('http://proxy/oss/'));
    expect(Object.isFrozen(parseEndpoint('http://proxy/oss/'))).toBe(true);
    expect(parseEndpoint(' http://proxy/oss ')).toMatchObject({ host: 'proxy', basePath: '/oss' });
    for (let i = 0; i < 2; i++) expect(() => parseEndpoint('ftp://x')).toThrow(TypeError);
    for (let i = 0; i < 100; i++) expect(parseEndpoint(`h${i}.example:${1000 + i}`).host).toBe(`h${i}.example:${1000 + i}`);
  });
});
