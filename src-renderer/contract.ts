// The renderer's single import point for the IPC contract (types, schemas, apiMethods).
// The ESLint layer rule means to allow exactly this import, but its negated glob cannot
// re-include a file under an excluded folder, so the one allowed import is marked here.
// eslint-disable-next-line no-restricted-imports
export * from '../src-main/ipc/contract';
