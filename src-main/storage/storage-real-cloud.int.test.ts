// Real-cloud rules against the emulator: custom domains (CNAME) and OSS PublicEndpointForbidden,
// STS security tokens and their expiry. Evidence: OSS EC 0048-00000401
// (help.aliyun.com/en/oss/user-guide/0048-00000401: data calls through the default public
// endpoint answer 400 PublicEndpointForbidden; bind a custom domain), OSS "troubleshoot 403"
// (InvalidSecurityToken), protocol-notes.md (x-oss-security-token / x-bce-security-token).
import { type LookupFunction } from 'node:net';
import { describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { requestVia } from '../../emulator/test-oracles';
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

const cases: [ConfigName, string][] = [
  ['oss-v4', 'demo-oss'],
  ['oss-v1', 'demo-oss'],
  ['bos', 'demo-bos'],
];

function counting(transport: Transport): { transport: Transport; hosts: string[]; paths: string[] } {
  const hosts: string[] = [];
  const paths: string[] = [];
  return { hosts, paths, transport: (req) => (hosts.push(req.headers.host ?? ''), paths.push(req.path), transport(req)) };
}

/** put, get, list and delete through the bucket's bound domain; the hosts and paths it sent. */
async function roundTripViaDomain(emu: RunningEmulator, name: ConfigName, bucket: string, domain: string) {
  const wire = createUndiciTransport({ lookup: loopback });
  try {
    const port = new URL(name === 'bos' ? emu.bos : emu.oss).port;
    const seen = counting(wire.transport);
    const client = createStorageClient(emulatorConfig(emu, name, { customDomains: { [bucket]: `${domain}:${port}` } }), { transport: seen.transport });
    await client.put({ bucket, key: 'cname/dir/hello world.txt', body: 'via cname' });
    expect(await streamToString((await client.get({ bucket, key: 'cname/dir/hello world.txt' })).body)).toBe('via cname');
    const page = await client.listObjects({ bucket, prefix: 'cname/' });
    expect(page.objects.map((o) => o.key)).toEqual(['cname/dir/hello world.txt']);
    await client.delete(bucket, 'cname/dir/hello world.txt');
    return { hosts: new Set(seen.hosts), paths: seen.paths, port };
  } finally {
    await wire.close();
  }
}

describe.each(cases.filter(([name]) => name !== 'bos'))('custom domain (%s)', (name, bucket) => {
  it('refuses data calls through the default endpoint with PublicEndpointForbidden, and works through the bound domain', async () => {
    const emu = emulator();
    const domain = `files-${name}.example.test`;
    emu.rules.domains.set(domain, bucket);
    emu.rules.domainOnly.add(bucket);
    try {
      const plain = createStorageClient(emulatorConfig(emu, name));
      const refused = await storageFailure(plain.listObjects({ bucket, prefix: 'docs/' }));
      expect(refused.code).toBe('PublicEndpointForbidden');
      expect(refused.status).toBe(400);
      const app = toAppError(refused);
      expect(app.code).toBe('CUSTOM_DOMAIN_REQUIRED');
      expect(app.details?.bucket).toBe(bucket);
      // Every request went to the domain (Host = domain, path `/key` without the bucket); the
      // emulator checks the signature over /bucket/key, as OSS does for a CNAME.
      const { hosts, paths, port } = await roundTripViaDomain(emu, name, bucket, domain);
      expect(hosts).toEqual(new Set([`${domain}:${port}`]));
      expect(paths).toContain('/cname/dir/hello%20world.txt');
    } finally {
      emu.rules.domainOnly.delete(bucket);
      emu.rules.domains.delete(domain);
    }
  });
});

// BOS binds custom domains to buckets for data calls ("BOS supports custom domain name access ...
// abc.com/mypic.jpg is actually mybucket.bj.bcebos.com/mypic.jpg", intl.cloud.baidu.com/doc/BOS/s/
// Ck1rk80hn-en). bce-sdk-go @6916310 (CnameEnabled, bce/config.go:65) sends such a request with
// Host = the domain and the URI without the bucket (services/bos/api/util.go setUriAndEndpoint ->
// getCnameUri: "/bucket/dir" -> "/dir", util_test.go:47), and signs that URI as sent
// (auth/signer.go:103 getCanonicalURIPath(req.Uri())) - unlike OSS, which signs /bucket/key.
describe('custom domain (bos)', () => {
  it('works through the bound domain, signing the path as sent; BOS has no PublicEndpointForbidden', async () => {
    const emu = emulator();
    const domain = 'files-bos.example.test';
    emu.rules.domains.set(domain, 'demo-bos');
    emu.rules.domainOnly.add('demo-bos');
    try {
      const plain = createStorageClient(emulatorConfig(emu, 'bos'));
      expect((await plain.listObjects({ bucket: 'demo-bos', prefix: 'docs/' })).objects.length).toBeGreaterThan(0);
      const { hosts, paths, port } = await roundTripViaDomain(emu, 'bos', 'demo-bos', domain);
      expect(hosts).toEqual(new Set([`${domain}:${port}`]));
      expect(paths).toContain('/cname/dir/hello%20world.txt');
      expect(paths.some((p) => p.includes('/v1/') || p.includes('demo-bos'))).toBe(false);
    } finally {
      emu.rules.domainOnly.delete('demo-bos');
      emu.rules.domains.delete(domain);
    }
  });
});

// A share URL of a bucket with a custom domain points at the domain (Go SDK v2 presign builds it
// like any request: UrlStyleCName; bce-sdk-go GeneratePresignedUrl with CnameEnabled uses
// getCnameUri too) and is signed the way each service checks a domain request.
describe.each(cases)('share URL through a custom domain (%s)', (name, bucket) => {
  it('is on the domain, anonymous and readable there', async () => {
    const emu = emulator();
    const domain = `share-${name}.example.test`;
    emu.rules.domains.set(domain, bucket);
    const wire = createUndiciTransport({ lookup: loopback });
    try {
      const port = new URL(name === 'bos' ? emu.bos : emu.oss).port;
      const client = createStorageClient(emulatorConfig(emu, name, { customDomains: { [bucket]: `${domain}:${port}` } }), { transport: wire.transport });
      await client.put({ bucket, key: 'cname/share me.txt', body: 'shared via cname' });
      const url = new URL(client.presign({ bucket, key: 'cname/share me.txt', expiresSeconds: 600 }));
      expect([url.host, url.pathname]).toEqual([`${domain}:${port}`, '/cname/share%20me.txt']);
      const res = await requestVia(name === 'bos' ? emu.bos : emu.oss, url.toString());
      expect([res.status, res.body.toString()]).toEqual([200, 'shared via cname']);
      // The same URL with one byte of the path changed is refused: the signature covers it.
      const tampered = await requestVia(name === 'bos' ? emu.bos : emu.oss, url.toString().replace('share%20me', 'share%20me2'));
      expect(tampered.status).toBe(403);
    } finally {
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
