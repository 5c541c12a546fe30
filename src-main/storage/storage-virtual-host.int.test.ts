// Virtual-hosted addressing end to end: requests go to <bucket>.<regional host>, which a custom
// name lookup (an /etc/hosts entry in effect) sends to the emulator on 127.0.0.1. This checks
// that the signed canonical resource (/bucket/key for OSS, the path as sent for BOS) matches
// what a virtual-hosted request carries.
import { type LookupFunction } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../../emulator';
import { createStorageClient } from './create-client';
import { type ConfigName, DEMO_BUCKET, emulatorConfig, streamToString, useEmulator } from './testing/emulator-configs';
import { createUndiciTransport, readBody } from './transport';

const emu = useEmulator(() => startEmulator({ seed: 'demo' }));
const toLoopback: LookupFunction = (_host, options, callback) => {
  if (options.all) callback(null, [{ address: '127.0.0.1', family: 4 }]);
  else callback(null, '127.0.0.1', 4);
};
const pool = createUndiciTransport({ lookup: toLoopback });
afterAll(() => pool.close());

describe.each<ConfigName>(['oss-v4', 'oss-v1', 'bos'])('%s, virtual-hosted', (name) => {
  const bucket = DEMO_BUCKET[name];
  const p = `vhost-${name}/`;
  const client = () => {
    const port = new URL(name === 'bos' ? emu().bos : emu().oss).port;
    const endpoint = name === 'bos' ? `http://bj.bcebos.com:${port}` : `http://oss-cn-hangzhou.aliyuncs.com:${port}`;
    return createStorageClient(emulatorConfig(emu(), name, { endpoint, addressing: 'virtual-host' }), { transport: pool.transport });
  };

  it('puts, lists, links and reads through <bucket>.<host>', async () => {
    const c = client();
    const key = `${p}a b+c 目录.txt`;
    await c.put({ bucket, key, body: 'virtual' });
    await c.putSymlink({ bucket, key: `${p}link`, target: key });
    expect((await c.listObjects({ bucket, prefix: p })).objects.map((o) => o.key)).toEqual([key, `${p}link`]);
    expect(await c.getSymlink(bucket, `${p}link`)).toEqual({ target: key });
    expect(await streamToString((await c.get({ bucket, key: `${p}link` })).body)).toBe('virtual');
    expect((await c.listBuckets()).map((b) => b.name)).toContain(bucket);
  });

  it('presigns a virtual-hosted URL that the server accepts', async () => {
    const c = client();
    await c.put({ bucket, key: `${p}shared.txt`, body: 'shared' });
    const url = new URL(c.presign({ bucket, key: `${p}shared.txt`, expiresSeconds: 60 }));
    expect(url.hostname).toBe(`${bucket}.${name === 'bos' ? 'bj.bcebos.com' : 'oss-cn-hangzhou.aliyuncs.com'}`);
    const res = await pool.transport({ method: 'GET', origin: url.origin, path: url.pathname + url.search, headers: {}, signal: new AbortController().signal, timeoutMs: 5000 });
    expect([res.status, (await readBody(res.body)).toString()]).toEqual([200, 'shared']);
  });
});
