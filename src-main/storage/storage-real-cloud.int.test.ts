// Real-cloud rules against the emulator: custom domains (CNAME) and OSS PublicEndpointForbidden,
// STS security tokens and their expiry. Evidence: OSS EC 0048-00000401
// (help.aliyun.com/en/oss/user-guide/0048-00000401: data calls through the default public
// endpoint answer 400 PublicEndpointForbidden; bind a custom domain), OSS "troubleshoot 403"
// (InvalidSecurityToken), protocol-notes.md (x-oss-security-token / x-bce-security-token).
import { type LookupFunction } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startEmulator } from '../../emulator';
import { toAppError } from '../errors';
import { createStorageClient } from './create-client';
import { storageFailure } from './testing/storage-failure';
import { emulatorConfig, streamToString, useEmulator, type ConfigName } from './testing/emulator-configs';
import { createUndiciTransport, type Transport } from './transport';

const emulator = useEmulator(() => startEmulator({ seed: 'demo' }));

/** Resolves every name to loopback, like a DNS CNAME pointing at the emulator. */
const loopback: LookupFunction = (_host, options, callback) => {
  if (typeof options === 'object' && options.all) (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address: '127.0.0.1', family: 4 }]);
  else callback(null, '127.0.0.1', 4);
};

function counting(transport: Transport): { transport: Transport; hosts: string[] } {
  const hosts: string[] = [];
  return { hosts, transport: (req) => (hosts.push(req.headers.host ?? ''), transport(req)) };
}

const cases: [ConfigName, string][] = [
  ['oss-v4', 'demo-oss'],
  ['oss-v1', 'demo-oss'],
  ['bos', 'demo-bos'],
];

describe.each(cases)('custom domain (%s)', (name, bucket) => {
  it('refuses data calls through the default endpoint with PublicEndpointForbidden, and works through the bound domain', async () => {
    const emu = emulator();
    const domain = `files-${name}.example.test`;
    emu.rules.domains.set(domain, bucket);
    emu.rules.domainOnly.add(bucket);
    const wire = createUndiciTransport({ lookup: loopback });
    try {
      const plain = createStorageClient(emulatorConfig(emu, name));
      const refused = await storageFailure(plain.listObjects({ bucket, prefix: 'docs/' }));
      expect(refused.code).toBe('PublicEndpointForbidden');
      expect(refused.status).toBe(400);
      const app = toAppError(refused);
      expect(app.code).toBe('CUSTOM_DOMAIN_REQUIRED');
      expect(app.details?.bucket).toBe(bucket);

      const port = new URL(name === 'bos' ? emu.bos : emu.oss).port;
      const seen = counting(wire.transport);
      const client = createStorageClient(emulatorConfig(emu, name, { customDomains: { [bucket]: `${domain}:${port}` } }), { transport: seen.transport });
      await client.put({ bucket, key: 'cname/hello.txt', body: 'via cname' });
      expect(await streamToString((await client.get({ bucket, key: 'cname/hello.txt' })).body)).toBe('via cname');
      const page = await client.listObjects({ bucket, prefix: 'cname/' });
      expect(page.objects.map((o) => o.key)).toEqual(['cname/hello.txt']);
      // Every request went to the domain (Host = domain, path without the bucket).
      expect(new Set(seen.hosts)).toEqual(new Set([`${domain}:${port}`]));
      await client.delete(bucket, 'cname/hello.txt');
    } finally {
      emu.rules.domainOnly.delete(bucket);
      emu.rules.domains.delete(domain);
      await wire.close();
    }
  });
});

describe.each(cases)('STS security token (%s)', (name, bucket) => {
  it('signs with a valid token, and says clearly when it is unknown or expired', async () => {
    const emu = emulator();
    emu.rules.tokens.set(`good-${name}`, Date.now() + 3_600_000);
    emu.rules.tokens.set(`old-${name}`, Date.now() - 1_000);
    const ok = createStorageClient(emulatorConfig(emu, name, { securityToken: `good-${name}` }));
    expect((await ok.listObjects({ bucket, prefix: 'docs/' })).objects.length).toBeGreaterThan(0);

    const unknown = await storageFailure(createStorageClient(emulatorConfig(emu, name, { securityToken: 'forged' })).listObjects({ bucket }));
    expect(toAppError(unknown).code).toBe('AUTH_FAILED');

    const expired = await storageFailure(createStorageClient(emulatorConfig(emu, name, { securityToken: `old-${name}` })).listObjects({ bucket }));
    expect(expired.code).toBe('SecurityTokenExpired');
    expect(toAppError(expired).code).toBe('TOKEN_EXPIRED');
  });

  it('refuses before sending anything once the known expiry has passed', async () => {
    const emu = emulator();
    const seen = counting(createUndiciTransport().transport);
    const client = createStorageClient(
      emulatorConfig(emu, name, { securityToken: `good-${name}`, securityTokenExpiresAt: new Date(Date.now() - 60_000).toISOString() }),
      { transport: seen.transport },
    );
    const e = await storageFailure(client.listObjects({ bucket }));
    expect(toAppError(e).code).toBe('TOKEN_EXPIRED');
    expect(seen.hosts).toEqual([]);
  });
});
