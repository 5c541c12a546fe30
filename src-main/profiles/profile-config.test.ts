import { describe, expect, it } from 'vitest';
import { AppFailure } from '../errors';
import { checkedLocation } from './profile-config';

describe('checkedLocation()', () => {
  it('reads the region from public, internal and dual-stack OSS endpoints', () => {
    expect(checkedLocation('oss', 'https://oss-cn-heyuan.aliyuncs.com', '')).toEqual({ endpoint: 'https://oss-cn-heyuan.aliyuncs.com', region: 'cn-heyuan' });
    expect(checkedLocation('oss', 'oss-cn-hangzhou-internal.aliyuncs.com', '').region).toBe('cn-hangzhou');
    expect(checkedLocation('oss', 'https://cn-shanghai.oss.aliyuncs.com', '').region).toBe('cn-shanghai');
  });

  it('asks for the region of an acceleration endpoint instead of signing V4 for region "accelerate"', () => {
    expect(() => checkedLocation('oss', 'https://oss-accelerate.aliyuncs.com', '')).toThrow(AppFailure);
    expect(() => checkedLocation('oss', 'https://oss-accelerate.aliyuncs.com', '')).toThrow(/region/);
    expect(checkedLocation('oss', 'https://oss-accelerate.aliyuncs.com', 'cn-beijing').region).toBe('cn-beijing');
  });
});
