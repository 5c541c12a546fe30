import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCredentials, fromBcecmd, fromEnvironment, fromOssutil, toCandidate } from './credential-sources';

function home(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'symbucket-home-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('fromOssutil()', () => {
  it('reads ossutil 1.x [Credentials] with endpoint and STS token, inferring the region', () => {
    const dir = home({ '.ossutilconfig': '[Credentials]\nlanguage=EN\nendpoint=oss-cn-shanghai.aliyuncs.com\naccessKeyID=LTAI1\naccessKeySecret=s1\nstsToken=tok\n' });
    expect(fromOssutil(dir)).toEqual({ source: 'ossutil', provider: 'oss', accessKeyId: 'LTAI1', accessKeySecret: 's1', securityToken: 'tok', endpoint: 'oss-cn-shanghai.aliyuncs.com', region: 'cn-shanghai' });
  });

  it('reads ossutil 2.x [default] with a region', () => {
    const dir = home({ '.ossutilconfig': '[default]\naccessKeyId = LTAI2\naccessKeySecret = s2\nregion = oss-cn-beijing\n' });
    expect(fromOssutil(dir)).toMatchObject({ accessKeyId: 'LTAI2', region: 'cn-beijing', endpoint: '' });
    expect(fromOssutil(dir)).not.toHaveProperty('securityToken');
  });

  it('finds nothing without the file or without a secret', () => {
    expect(fromOssutil(home({}))).toBeUndefined();
    expect(fromOssutil(home({ '.ossutilconfig': '[Credentials]\naccessKeyID=LTAI1\n' }))).toBeUndefined();
  });
});

describe('fromBcecmd()', () => {
  it('reads credentials and config, building an endpoint from Domain and Https', () => {
    const dir = home({
      '.go-bcecli/credentials': '[Defaults]\nAk = ak1\nSk = sk1\nSts = \n',
      '.go-bcecli/config': '[Defaults]\nDomain = gz.bcebos.com\nRegion = gz\nHttps = no\n',
    });
    expect(fromBcecmd(dir)).toEqual({ source: 'bcecmd', provider: 'bos', accessKeyId: 'ak1', accessKeySecret: 'sk1', endpoint: 'http://gz.bcebos.com', region: 'gz' });
  });

  it('falls back to the Beijing region when config is absent', () => {
    const dir = home({ '.go-bcecli/credentials': '[Defaults]\nAk = ak1\nSk = sk1\nSts = t\n' });
    expect(fromBcecmd(dir)).toMatchObject({ endpoint: '', region: 'bj', securityToken: 't' });
  });

  it('finds nothing without Ak/Sk', () => {
    expect(fromBcecmd(home({ '.go-bcecli/credentials': '[Defaults]\nAk = \nSk = \n' }))).toBeUndefined();
  });
});

describe('fromEnvironment()', () => {
  it('reads OSS_ACCESS_KEY_ID/SECRET, session token, region and endpoint', () => {
    const env = { OSS_ACCESS_KEY_ID: 'id', OSS_ACCESS_KEY_SECRET: 'sec', OSS_SESSION_TOKEN: 'tok', OSS_REGION: 'cn-shenzhen', OSS_ENDPOINT: 'https://oss-cn-shenzhen.aliyuncs.com' };
    expect(fromEnvironment(env)).toEqual({ source: 'env', provider: 'oss', accessKeyId: 'id', accessKeySecret: 'sec', securityToken: 'tok', endpoint: 'https://oss-cn-shenzhen.aliyuncs.com', region: 'cn-shenzhen' });
    expect(fromEnvironment({ OSS_ACCESS_KEY_ID: 'id', OSS_ENDPOINT: 'oss-cn-qingdao.aliyuncs.com', OSS_ACCESS_KEY_SECRET: 's' })?.region).toBe('cn-qingdao');
  });

  it('needs both the id and the secret', () => {
    expect(fromEnvironment({ OSS_ACCESS_KEY_ID: 'id' })).toBeUndefined();
    expect(fromEnvironment({})).toBeUndefined();
  });
});

describe('findCredentials() and toCandidate()', () => {
  it('lists every source found and strips secrets from candidates', () => {
    const dir = home({ '.ossutilconfig': '[Credentials]\nendpoint=oss-cn-hangzhou.aliyuncs.com\naccessKeyID=a\naccessKeySecret=SECRET-1\nstsToken=TOKEN-1\n', '.go-bcecli/credentials': '[Defaults]\nAk=b\nSk=SECRET-2\n' });
    const found = findCredentials({ OSS_ACCESS_KEY_ID: 'c', OSS_ACCESS_KEY_SECRET: 'SECRET-3' }, dir);
    expect(found.map((f) => f.source)).toEqual(['ossutil', 'bcecmd', 'env']);
    const candidates = JSON.stringify(found.map(toCandidate));
    for (const secret of ['SECRET-1', 'SECRET-2', 'SECRET-3', 'TOKEN-1']) expect(candidates).not.toContain(secret);
    expect(Object.keys(toCandidate(found[0]!)).sort()).toEqual(['accessKeyId', 'endpoint', 'provider', 'region', 'source']);
  });
});
