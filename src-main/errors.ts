// The one place where storage errors and unknown failures become the contract's AppError.
// Messages are our own sentences: provider messages are never copied verbatim, so nothing a
// server echoes back (headers, string-to-sign, tokens) can reach the renderer or a log line.
import { StorageError } from './storage/errors';
import type { AppError, ErrorCode } from './ipc/contract';

/** An expected failure a service throws on purpose; `toAppError` passes it through unchanged. */
export class AppFailure extends Error {
  readonly appError: AppError;

  constructor(code: ErrorCode, message: string, details?: Record<string, string>) {
    super(message);
    this.name = 'AppFailure';
    this.appError = details === undefined ? { code, message } : { code, message, details };
  }

  get code(): ErrorCode {
    return this.appError.code;
  }
}

const storageCodes: Record<string, { code: ErrorCode; message: string }> = {
  SignatureDoesNotMatch: { code: 'AUTH_FAILED', message: 'The server rejected the signature: check the access key secret.' },
  InvalidAccessKeyId: { code: 'AUTH_FAILED', message: 'The server does not know this access key ID.' },
  InvalidSecurityToken: { code: 'AUTH_FAILED', message: 'The security token (STS) was rejected.' },
  SecurityTokenExpired: { code: 'TOKEN_EXPIRED', message: 'The security token (STS) has expired: get new temporary credentials and save them in the profile.' },
  ExpiredToken: { code: 'TOKEN_EXPIRED', message: 'The security token (STS) has expired: get new temporary credentials and save them in the profile.' },
  // OSS EC 0048-00000401: accounts opened since 2025-03-20 may not use the default public
  // endpoints for data calls on mainland buckets (help.aliyun.com/en/oss/user-guide/0048-00000401).
  PublicEndpointForbidden: {
    code: 'CUSTOM_DOMAIN_REQUIRED',
    // The same page: "VPC access - use the internal endpoint".
    message: 'OSS refuses data requests to this bucket through its default public endpoint: bind a custom domain to the bucket and add it to the profile, or use the internal endpoint from Alibaba Cloud in its region.',
  },
  TlsError: { code: 'TLS_ERROR', message: "The server's certificate is not trusted (self-signed, expired or for another host): check the endpoint, proxy and certificates." },
  AccessDenied: { code: 'ACCESS_DENIED', message: 'Access denied: these credentials may not perform this operation.' },
  RequestTimeTooSkewed: { code: 'CLOCK_SKEW', message: "The computer's clock differs too much from the server's time." },
  RequestExpired: { code: 'CLOCK_SKEW', message: "The request expired: the computer's clock differs too much from the server's time." },
  NoSuchKey: { code: 'NOT_FOUND', message: 'The object does not exist.' },
  NoSuchBucket: { code: 'NOT_FOUND', message: 'The bucket does not exist.' },
  NotSymlink: { code: 'NOT_SYMLINK', message: 'The object is not a link.' },
  SymlinkTargetNotExist: { code: 'TARGET_MISSING', message: "The link's target does not exist." },
  InvalidTargetType: { code: 'INVALID_TARGET', message: "The link's target is itself a link." },
  FileAlreadyExists: { code: 'ALREADY_EXISTS', message: 'An object with this name already exists.' },
  OperationNotSupported: { code: 'NOT_SUPPORTED', message: 'The server does not support this operation here.' },
  InvalidArgument: { code: 'INVALID_ARGUMENT', message: 'The server rejected an argument of the request.' },
  NetworkError: { code: 'NETWORK', message: 'The server could not be reached: check the endpoint and the network.' },
  Timeout: { code: 'TIMEOUT', message: 'The server did not answer in time.' },
  Aborted: { code: 'CANCELLED', message: 'The operation was cancelled.' },
  BadDigest: { code: 'CHECKSUM_MISMATCH', message: 'The server received different bytes than were sent.' },
  InvalidDigest: { code: 'CHECKSUM_MISMATCH', message: 'The server received different bytes than were sent.' },
  // OSS GetObject on an Archive/Cold Archive object that is not restored (403 InvalidObjectState).
  InvalidObjectState: { code: 'NEEDS_RESTORE', message: 'This object is archived: restore it before downloading.' },
  InvalidResponse: { code: 'INVALID_RESPONSE', message: 'The server sent a response that could not be understood.' },
};

const networkErrnos = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'ETIMEDOUT']);

function fromStorageError(e: StorageError): AppError {
  const details: Record<string, string> = { provider: e.provider, providerCode: e.code, status: String(e.status), requestId: e.requestId };
  if (e.bucket) details.bucket = e.bucket;
  if (e.ec) details.ec = e.ec;
  const known = storageCodes[e.code];
  if (known) return { code: known.code, message: known.message, details };
  if (e.status >= 500) return { code: 'SERVER_ERROR', message: `The server failed (HTTP ${e.status}); try again later.`, details };
  if (e.status === 404) return { code: 'NOT_FOUND', message: 'The server could not find the requested resource.', details };
  if (e.status === 403) return { code: 'ACCESS_DENIED', message: storageCodes.AccessDenied!.message, details };
  return { code: 'UNKNOWN', message: `The server refused the request (${e.code}, HTTP ${e.status}).`, details };
}

function errnoOf(e: unknown): string | undefined {
  if (typeof e !== 'object' || e === null) return undefined;
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  return errnoOf((e as { cause?: unknown }).cause);
}

/** Any thrown value -> AppError with a clear message and a code from the contract. */
export function toAppError(e: unknown): AppError {
  if (e instanceof AppFailure) return e.appError;
  if (e instanceof StorageError) return fromStorageError(e);
  if (e instanceof Error && e.name === 'AbortError') return { code: 'CANCELLED', message: storageCodes.Aborted!.message };
  if (e instanceof Error && e.name === 'ZodError') return { code: 'BAD_REQUEST', message: 'The request was not valid.' };
  const errno = errnoOf(e);
  if (errno !== undefined && networkErrnos.has(errno)) {
    return { code: 'NETWORK', message: storageCodes.NetworkError!.message, details: { errno } };
  }
  return { code: 'UNKNOWN', message: 'An unexpected error occurred.' };
}
