// Provider-neutral error thrown by handlers; each router renders it in its provider's format.
export class EmulatorError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Extra response headers (e.g. x-oss-ec) the provider would send with this error. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'EmulatorError';
  }
}

export const badRequest = (code: string, message: string): EmulatorError => new EmulatorError(400, code, message);
export const forbidden = (code: string, message: string): EmulatorError => new EmulatorError(403, code, message);
export const notFound = (code: string, message: string): EmulatorError => new EmulatorError(404, code, message);
export const conflict = (code: string, message: string): EmulatorError => new EmulatorError(409, code, message);

/** Anything unexpected becomes a 500 InternalError instead of a crash. */
export function toEmulatorError(e: unknown): EmulatorError {
  if (e instanceof EmulatorError) return e;
  return new EmulatorError(500, 'InternalError', 'We encountered an internal error. Please try again.');
}
