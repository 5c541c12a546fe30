import dns from 'node:dns/promises';
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { isLoopback } from './loopback-only';

describe('loopback-only test guard', () => {
  it.each(['127.0.0.1', '127.9.9.9', '::1', '[::1]', 'localhost', 'app.localhost'])('lets %s through', (host) => {
    expect(isLoopback(host)).toBe(true);
  });

  it.each(['10.0.0.1', '192.168.1.1', '8.8.8.8', '2001:db8::1', 'example.com', 'oss-cn-hangzhou.aliyuncs.com'])('stops %s', (host) => {
    expect(isLoopback(host)).toBe(false);
  });

  it('answers ENOTFOUND for a public name without asking a resolver', async () => {
    await expect(dns.lookup('oss-cn-hangzhou.aliyuncs.com')).rejects.toMatchObject({ code: 'ENOTFOUND' });
  });

  it('refuses a connection to a non-loopback address', () => {
    expect(() => net.connect({ host: '192.0.2.1', port: 9 })).toThrow(/tests reach only loopback/);
  });
});
