import { describe, expect, it } from 'vitest';
import type { BucketInfo, ClientConfig, StorageClient } from '../storage/types';
import { createClientRegistry } from './client-registry';
import { regionalConfig } from './regional-config';

const base: ClientConfig = { provider: 'oss', endpoint: 'https://oss-cn-hangzhou.aliyuncs.com', region: 'cn-hangzhou', addressing: 'virtual-host', accessKeyId: 'a', accessKeySecret: 's' };

function registry(config: ClientConfig, buckets: BucketInfo[]) {
  const made: ClientConfig[] = [];
  const factory = (c: ClientConfig) => {
    made.push(c);
    return { provider: c.provider, listBuckets: async () => buckets, region: c.region } as unknown as StorageClient;
  };
  return { made, reg: createClientRegistry({ factory, configsFor: async () => [config] }) };
}

const bucket = (name: string, region: string): BucketInfo => ({ name, region, creationDate: '', storageClass: 'Standard' });

describe('per-bucket region endpoints (ListBuckets location)', () => {
  it("sends a bucket in another region to that region's endpoint, sharing one client per region", async () => {
    const { reg, made } = registry(base, [bucket('here', 'cn-hangzhou'), bucket('sh-1', 'cn-shanghai'), bucket('sh-2', 'cn-shanghai')]);
    await reg.listBuckets('p');
    const here = await reg.resolveClient('p', 'here');
    const sh1 = await reg.resolveClient('p', 'sh-1');
    expect(sh1).toBe(await reg.resolveClient('p', 'sh-2'));
    expect(sh1).not.toBe(here);
    expect(made.map((c) => [c.region, c.endpoint])).toEqual([
      ['cn-hangzhou', 'https://oss-cn-hangzhou.aliyuncs.com'],
      ['cn-shanghai', 'https://oss-cn-shanghai.aliyuncs.com'],
    ]);
  });

  it('keeps the endpoint kind (internal, dual-stack) and leaves custom endpoints alone', () => {
    expect(regionalConfig({ ...base, endpoint: 'https://oss-cn-hangzhou-internal.aliyuncs.com' }, 'oss-cn-beijing')?.endpoint).toBe('https://oss-cn-beijing-internal.aliyuncs.com');
    expect(regionalConfig({ ...base, endpoint: 'https://cn-hangzhou.oss.aliyuncs.com' }, 'cn-beijing')?.endpoint).toBe('https://cn-beijing.oss.aliyuncs.com');
    expect(regionalConfig({ ...base, provider: 'bos', endpoint: 'https://bj.bcebos.com', region: 'bj' }, 'gz')).toMatchObject({ region: 'gz', endpoint: 'https://gz.bcebos.com' });
    expect(regionalConfig({ ...base, endpoint: 'http://127.0.0.1:9000' }, 'cn-beijing')).toBeUndefined();
    // The acceleration host serves every region; only the signing region follows the bucket.
    expect(regionalConfig({ ...base, endpoint: 'https://oss-accelerate.aliyuncs.com' }, 'cn-beijing')).toMatchObject({ region: 'cn-beijing', endpoint: 'https://oss-accelerate.aliyuncs.com' });
    expect(regionalConfig(base, 'cn-hangzhou')).toBeUndefined();
    expect(regionalConfig({ ...base, endpoint: '' }, 'cn-beijing')?.endpoint).toBe('https://oss-cn-beijing.aliyuncs.com');
  });
});
