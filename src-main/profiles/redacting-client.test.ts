import { describe, expect, it } from 'vitest';
import { StorageError } from '../storage/errors';
import { createFakeStorageClient } from '../links/testing/fake-storage-client';
import { redactingClient } from './redacting-client';

const TOKEN = 'sts/token+with=chars';
const SECRET = 'the-access-key-secret';
const echo = (text: string) => new StorageError({ code: 'SignatureDoesNotMatch', status: 403, provider: 'oss', message: text });

describe('redactingClient()', () => {
  it('scrubs the secret and token (also percent-encoded) from rejected errors, keeping their fields', async () => {
    const error = echo(`CanonicalRequest: x-oss-security-token:${TOKEN}\nquery=${encodeURIComponent(TOKEN)} key=${SECRET}`);
    const fake = createFakeStorageClient({ provider: 'oss', failWith: () => error });
    const client = redactingClient(fake, [SECRET, TOKEN, undefined]);
    const caught = (await client.listBuckets().catch((e: unknown) => e)) as StorageError;
    expect(caught).toBeInstanceOf(StorageError);
    expect(caught).toMatchObject({ code: 'SignatureDoesNotMatch', status: 403 });
    for (const text of [caught.message, caught.stack ?? '']) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(encodeURIComponent(TOKEN));
      expect(text).not.toContain(SECRET);
    }
    expect(caught.message).toContain('x-oss-security-token:[redacted]');
  });

  it('does not read (format) the stack of an error whose message holds no secret', async () => {
    const plain = echo('HTTP 404 NoSuchKey');
    let stackReads = 0;
    const stack = plain.stack;
    Object.defineProperty(plain, 'stack', { get: () => (stackReads++, stack), set: () => {}, configurable: true });
    const client = redactingClient(createFakeStorageClient({ provider: 'oss', failWith: () => plain }), [SECRET]);
    await expect(client.listBuckets()).rejects.toBe(plain);
    expect(stackReads).toBe(0);
    expect(plain.message).toBe('HTTP 404 NoSuchKey');
  });

  it('scrubs causes, errors thrown by async iterators and synchronous throws', async () => {
    const withCause = new Error('outer', { cause: new Error(`inner ${TOKEN}`) });
    const fake = createFakeStorageClient({ provider: 'oss', failWith: () => withCause });
    const client = redactingClient(fake, [TOKEN]);
    const iterate = async () => {
      for await (const _page of client.listAll({ bucket: 'b' })) void _page;
    };
    const caught = (await iterate().catch((e: unknown) => e)) as Error;
    expect((caught.cause as Error).message).toBe('inner [redacted]');
    const throwing = redactingClient({ ...fake, presign: () => { throw new Error(`url?token=${encodeURIComponent(TOKEN)}`); } }, [TOKEN]);
    expect(() => throwing.presign({ bucket: 'b', key: 'k', expiresSeconds: 1 })).toThrow('url?token=[redacted]');
  });

  it('passes results and properties through untouched', async () => {
    const fake = createFakeStorageClient({ provider: 'bos' });
    fake.putObject('b', 'k', 5);
    const client = redactingClient(fake, [SECRET]);
    expect(client.provider).toBe('bos');
    expect((await client.head('b', 'k')).size).toBe(5);
    expect(client.presign({ bucket: 'b', key: 'k', expiresSeconds: 1 })).toBe('http://fake/b/k');
    const pages = [];
    for await (const page of client.listAll({ bucket: 'b' })) pages.push(page);
    expect(pages[0]!.objects.map((o) => o.key)).toEqual(['k']);
  });

  it('ignores very short strings, which could match innocent text', async () => {
    const fake = createFakeStorageClient({ provider: 'oss', failWith: () => echo('abc abc') });
    await expect(redactingClient(fake, ['abc']).listBuckets()).rejects.toThrow('abc abc');
  });
});
