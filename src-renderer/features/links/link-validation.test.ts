import { describe, expect, it } from 'vitest';
import { metaBytes, validateLinkForm, type LinkForm } from './link-validation';
import { uniqueLinkName } from './unique-name';

const form = (over: Partial<LinkForm>): LinkForm => ({ name: 'a.lnk', target: 'docs/a.txt', targetBucket: '', overwrite: false, storageClass: '', meta: [], ...over });
const ctx = { prefix: 'docs/', bucket: 'b', provider: 'bos' as const };

describe('validateLinkForm', () => {
  it('accepts a plain link', () => {
    expect(validateLinkForm(form({}), ctx)).toEqual({});
  });
  it('requires a name and a target and rejects folder-like keys', () => {
    const errors = validateLinkForm(form({ name: ' ', target: 'x/' }), ctx);
    expect(errors.name?.key).toBe('linkDialog.errors.nameRequired');
    expect(errors.target?.key).toBe('linkDialog.errors.trailingSlash');
  });
  it('rejects a link to itself in the same bucket only', () => {
    expect(validateLinkForm(form({ name: 'a.txt' }), ctx).target?.key).toBe('linkDialog.errors.self');
    expect(validateLinkForm(form({ name: 'a.txt', targetBucket: 'other' }), ctx).target).toBeUndefined();
  });
  it('counts metadata bytes as the provider does (prefix + name + value, UTF-8) against its limit', () => {
    expect(metaBytes([{ id: 1, key: 'ab', value: '中' }], 'bos')).toBe('x-bce-meta-'.length + 5);
    const fits = [{ id: 1, key: 'k', value: 'x'.repeat(2048 - 12) }];
    const big = [{ id: 1, key: 'k', value: 'x'.repeat(2048 - 11) }];
    expect(validateLinkForm(form({ meta: fits }), ctx).meta).toBeUndefined();
    expect(validateLinkForm(form({ meta: big }), ctx).meta?.key).toBe('linkDialog.errors.metaTooLarge');
    expect(validateLinkForm(form({ meta: big }), { ...ctx, provider: 'oss' }).meta).toBeUndefined();
    expect(validateLinkForm(form({ meta: [{ id: 1, key: 'bad key', value: '' }] }), ctx).meta?.key).toBe('linkDialog.errors.metaKeyBos');
  });
  it('applies the same name rule as main: "_" is refused on OSS only', () => {
    const underscore = form({ meta: [{ id: 1, key: 'my_key', value: 'v' }] });
    expect(validateLinkForm(underscore, { ...ctx, provider: 'oss' }).meta?.key).toBe('linkDialog.errors.metaKey');
    expect(validateLinkForm(underscore, ctx).meta).toBeUndefined();
    expect(validateLinkForm(form({ meta: [{ id: 1, key: 'k', value: '中文' }] }), ctx).meta?.key).toBe('linkDialog.errors.metaValue');
  });
});

describe('uniqueLinkName', () => {
  it('keeps a free name and numbers taken ones', () => {
    expect(uniqueLinkName('a.txt', new Set())).toBe('a.txt');
    expect(uniqueLinkName('a.txt', new Set(['a.txt']))).toBe('a (link).txt');
    expect(uniqueLinkName('a.txt', new Set(['a.txt', 'a (link).txt']))).toBe('a (link 2).txt');
  });

});
