// BOS error answers: JSON `{code, message, requestId}`; HEAD answers carry no body (at most an
// `x-bce-error-code` header).
import { z } from 'zod';
import { StorageError, codeForStatus, invalidResponse } from '../errors';
import { type ErrorResponse } from '../http';

const BosErrorBody = z.object({ code: z.string().min(1), message: z.string().default(''), requestId: z.string().default('') });

export function parseBosError(res: ErrorResponse): StorageError {
  const headerRequestId = res.headers['x-bce-request-id'] ?? '';
  if (res.body.length === 0) {
    // HEAD: no body. Some answers name the code in `x-bce-error-code`; else the status names it.
    const code = res.headers['x-bce-error-code']?.trim() || codeForStatus(res.status);
    return new StorageError({ code, status: res.status, requestId: headerRequestId, provider: 'bos', message: `HTTP ${res.status} ${code}` });
  }
  let json: unknown;
  try {
    json = JSON.parse(res.body.toString('utf8'));
  } catch (e) {
    return invalidResponse('bos', `HTTP ${res.status} with a non-JSON error body`, { status: res.status, requestId: headerRequestId, cause: e });
  }
  const parsed = BosErrorBody.safeParse(json);
  if (!parsed.success) {
    return invalidResponse('bos', `HTTP ${res.status} with an error body lacking a code`, { status: res.status, requestId: headerRequestId, cause: parsed.error });
  }
  const f = parsed.data;
  return new StorageError({ code: f.code, status: res.status, requestId: f.requestId || headerRequestId, provider: 'bos', message: f.message || f.code });
}
