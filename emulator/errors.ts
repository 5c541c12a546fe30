// Provider-neutral error thrown by handlers; each router renders it in its provider's format.

/** A failure whose precise cause a provider documents separately (OSS: its own EC per reason). */
export type ErrorReason = 'meta-name' | 'meta-size' | 'forbid-overwrite-value';

export class EmulatorError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Extra response headers (e.g. x-oss-ec) the provider would send with this error. */
    readonly headers: Record<string, string> = {},
    /** Set where the code alone does not tell the cause (InvalidArgument has many). */
    readonly reason?: ErrorReason,
  ) {
    super(message);
    this.name = 'EmulatorError';
  }
}

export const badRequest = (code: string, message: string, reason?: ErrorReason): EmulatorError => new EmulatorError(400, code, message, {}, reason);
export const forbidden = (code: string, message: string): EmulatorError => new EmulatorError(403, code, message);
export const notFound = (code: string, message: string): EmulatorError => new EmulatorError(404, code, message);
export const conflict = (code: string, message: string): EmulatorError => new EmulatorError(409, code, message);

/** Anything unexpected becomes a 500 InternalError instead of a crash. */
export function toEmulatorError(e: unknown): EmulatorError {
  if (e instanceof EmulatorError) return e;
  return new EmulatorError(500, 'InternalError', 'We encountered an internal error. Please try again.');
}
