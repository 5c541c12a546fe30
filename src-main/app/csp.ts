// The renderer's Content-Security-Policy, sent as a header by the app:// protocol handler.
// Pure data (no Electron import) so the policy itself is unit-tested.

export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  // React and the virtual table set inline style attributes.
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data:"],
  // All data comes through window.api, never fetch: the renderer talks to no server.
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['frame-ancestors', "'none'"],
  ['form-action', "'none'"],
];

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

/** Headers on every response of the app:// protocol. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  };
}
