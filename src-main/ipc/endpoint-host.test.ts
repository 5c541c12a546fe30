import { describe, expect, it } from 'vitest';
import { endpointHost } from './contract';

describe('endpointHost (the one endpoint rule of the profile form and main)', () => {
  it.each([
    ['https://oss-cn-hangzhou.aliyuncs.com', 'oss-cn-hangzhou.aliyuncs.com'],
    ['oss-cn-hangzhou.aliyuncs.com', 'oss-cn-hangzhou.aliyuncs.com'],
    ['http://127.0.0.1:9000/base', '127.0.0.1'],
    ['https://[::1]:8443', '[::1]'],
    ['BJ.BCEBOS.COM', 'bj.bcebos.com'],
  ])('accepts %s', (endpoint, host) => {
    expect(endpointHost(endpoint)).toBe(host);
  });

  it.each(['', 'not a url', 'not%20a%20url', 'ftp://host', 'https://user:pw@host', 'https://host/?q=1', 'https://host/#x', 'https://', 'https://a_b.com'])(
    'refuses %j',
    (endpoint) => {
      expect(endpointHost(endpoint)).toBe('');
    },
  );
});
