import { describe, expect, it } from 'vitest';
import { PROVIDER_RULES, endpointKinds, metaByteSize, metaProblem, regionHost, regionOfHost, storageClassRule, utf8ByteLength } from './rules';

describe('provider rules table', () => {
  it('lists every current region with en and zh-CN names', () => {
    const oss = PROVIDER_RULES.oss.regions.map((r) => r.id);
    for (const id of ['cn-hangzhou', 'cn-heyuan', 'cn-guangzhou', 'ap-southeast-7', 'me-east-1']) expect(oss).toContain(id);
    expect(PROVIDER_RULES.bos.regions.map((r) => r.id).sort()).toEqual(['bd', 'bj', 'cd', 'fsh', 'fwh', 'gz', 'hkg', 'su', 'yq']);
    expect(PROVIDER_RULES.oss.regions.find((r) => r.id === 'cn-hangzhou')?.name).toEqual({ en: 'China (Hangzhou)', zh: '华东1（杭州）' });
    for (const r of [...PROVIDER_RULES.oss.regions, ...PROVIDER_RULES.bos.regions]) expect(r.name.zh && r.name.en, r.id).toBeTruthy();
  });

  it('builds public, internal and dual-stack hosts (OSS) and only public ones (BOS)', () => {
    expect(regionHost('oss', 'cn-heyuan')).toBe('oss-cn-heyuan.aliyuncs.com');
    expect(regionHost('oss', 'cn-hangzhou', 'internal')).toBe('oss-cn-hangzhou-internal.aliyuncs.com');
    expect(regionHost('oss', 'cn-hangzhou', 'dualStack')).toBe('cn-hangzhou.oss.aliyuncs.com');
    expect(regionHost('oss', 'cn-nanjing', 'dualStack')).toBeUndefined();
    expect(regionHost('bos', 'yq')).toBe('yq.bcebos.com');
    expect(regionHost('bos', 'bj', 'internal')).toBeUndefined();
  });

  it('offers the endpoint kinds a region has: OSS acceleration everywhere, dual-stack not in local regions', () => {
    expect(endpointKinds('oss', 'cn-hangzhou')).toEqual(['public', 'internal', 'dualStack', 'accelerate', 'accelerateOverseas']);
    expect(endpointKinds('oss', 'cn-nanjing')).toEqual(['public', 'internal', 'accelerate', 'accelerateOverseas']);
    expect(regionHost('oss', 'cn-beijing', 'accelerate')).toBe('oss-accelerate.aliyuncs.com');
    expect(regionOfHost('oss', regionHost('oss', 'cn-beijing', 'accelerateOverseas')!)).toBe('');
    expect(endpointKinds('bos', 'bj')).toEqual(['public']);
  });

  it('reads the region back from every host form, and none from acceleration hosts', () => {
    expect(regionOfHost('oss', 'oss-cn-hangzhou.aliyuncs.com')).toBe('cn-hangzhou');
    expect(regionOfHost('oss', 'oss-cn-hangzhou-internal.aliyuncs.com')).toBe('cn-hangzhou');
    expect(regionOfHost('oss', 'bkt.cn-shanghai.oss.aliyuncs.com')).toBe('cn-shanghai');
    expect(regionOfHost('oss', 'bkt.oss-ap-southeast-1.aliyuncs.com')).toBe('ap-southeast-1');
    // "accelerate" is not a region: reading it as one breaks every V4 signature.
    expect(regionOfHost('oss', 'oss-accelerate.aliyuncs.com')).toBe('');
    expect(regionOfHost('oss', 'bkt.oss-accelerate-overseas.aliyuncs.com')).toBe('');
    expect(regionOfHost('oss', 'files.example.com')).toBe('');
    expect(regionOfHost('bos', 'bkt.gz.bcebos.com')).toBe('gz');
  });

  it('counts metadata as prefix + name + value in UTF-8 bytes', () => {
    expect(utf8ByteLength('a中😀')).toBe(1 + 3 + 4);
    expect(metaByteSize('oss', { ab: 'cd' })).toBe('x-oss-meta-'.length + 4);
    expect(metaProblem('oss', { my_key: 'v' })).toEqual({ kind: 'name', name: 'my_key' });
    expect(metaProblem('bos', { my_key: 'v' })).toBeUndefined();
    expect(metaProblem('bos', { A: '1', a: '2' })).toEqual({ kind: 'duplicate', name: 'a' });
    expect(metaProblem('oss', { k: '\n' })).toEqual({ kind: 'value', name: 'k' });
  });

  it('knows the storage classes of both providers and which a link may use', () => {
    expect(storageClassRule('oss', 'deepcoldarchive')?.id).toBe('DeepColdArchive');
    expect(storageClassRule('bos', 'MAZ_COLD')?.link).toBe(true);
    expect(storageClassRule('bos', 'archive')?.link).toBe(false);
    expect(storageClassRule('bos', 'GLACIER')).toBeUndefined();
  });
});
