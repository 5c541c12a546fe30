import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { StorageError } from './storage/errors';
import { AppFailure, toAppError } from './errors';
import { ErrorCode } from './ipc/contract';

const storage = (code: string, status: number, message = 'provider said something') =>
  new StorageError({ code, status, provider: 'oss', requestId: 'req-1', message });

describe('toAppError()', () => {
  it.each([
    ['SignatureDoesNotMatch', 403, 'AUTH_FAILED'],
    ['InvalidAccessKeyId', 403, 'AUTH_FAILED'],
    ['AccessDenied', 403, 'ACCESS_DENIED'],
    ['RequestTimeTooSkewed', 403, 'CLOCK_SKEW'],
    ['NoSuchKey', 404, 'NOT_FOUND'],
    ['NoSuchBucket', 404, 'NOT_FOUND'],
    ['NotSymlink', 400, 'NOT_SYMLINK'],
    ['SymlinkTargetNotExist', 404, 'TARGET_MISSING'],
    ['InvalidTargetType', 400, 'INVALID_TARGET'],
    ['FileAlreadyExists', 409, 'ALREADY_EXISTS'],
    ['OperationNotSupported', 400, 'NOT_SUPPORTED'],
    ['InvalidArgument', 400, 'INVALID_ARGUMENT'],
    ['NetworkError', 0, 'NETWORK'],
    ['Timeout', 0, 'TIMEOUT'],
    ['Aborted', 0, 'CANCELLED'],
    ['InvalidResponse', 200, 'INVALID_RESPONSE'],
    ['InternalError', 500, 'SERVER_ERROR'],
    ['ServiceUnavailable', 503, 'SERVER_ERROR'],
    ['SomethingNew', 404, 'NOT_FOUND'],
    ['SomethingNew', 403, 'ACCESS_DENIED'],
    ['SomethingNew', 400, 'UNKNOWN'],
  ])('maps %s (HTTP %i) to %s', (code, status, expected) => {
    const appError = toAppError(storage(code, status));
    expect(appError.code).toBe(expected);
    expect(ErrorCode.safeParse(appError.code).success).toBe(true);
    expect(appError.details).toMatchObject({ providerCode: code, status: String(status), requestId: 'req-1', provider: 'oss' });
  });

  it('never copies the provider message, which may echo request headers', () => {
    const appError = toAppError(storage('SignatureDoesNotMatch', 403, 'StringToSign: x-oss-security-token:TOKEN-123'));
    expect(JSON.stringify(appError)).not.toContain('TOKEN-123');
  });

  it('passes an AppFailure through unchanged', () => {
    const failure = new AppFailure('INSECURE_STORAGE', 'No keyring.', { backend: 'basic_text' });
    expect(toAppError(failure)).toEqual({ code: 'INSECURE_STORAGE', message: 'No keyring.', details: { backend: 'basic_text' } });
    expect(failure.code).toBe('INSECURE_STORAGE');
    expect(failure).toBeInstanceOf(Error);
  });

  it('maps Node network errors, also when wrapped as a cause', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    expect(toAppError(refused).code).toBe('NETWORK');
    expect(toAppError(new TypeError('fetch failed', { cause: refused })).code).toBe('NETWORK');
  });

  it('maps AbortError to CANCELLED and ZodError to BAD_REQUEST', () => {
    expect(toAppError(Object.assign(new Error('x'), { name: 'AbortError' })).code).toBe('CANCELLED');
    expect(toAppError(z.string().safeParse(1).error).code).toBe('BAD_REQUEST');
  });

  it('maps anything else to UNKNOWN with a generic message', () => {
    expect(toAppError(new Error('secret-ish internals'))).toEqual({ code: 'UNKNOWN', message: 'An unexpected error occurred.' });
    expect(toAppError('plain string').code).toBe('UNKNOWN');
    expect(toAppError(null).code).toBe('UNKNOWN');
  });
});
