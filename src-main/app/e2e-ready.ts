// The e2e fixture polls this marker (STYLE §7); set only under SYMBUCKET_E2E=1.
declare global {
  var __symbucketReady: boolean | undefined;
}

export function markAppReady(e2e: boolean): void {
  if (e2e) globalThis.__symbucketReady = true;
}
