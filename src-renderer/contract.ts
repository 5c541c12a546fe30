// The renderer's single import point for the IPC contract (types, schemas, apiMethods).
export * from '../src-main/ipc/contract';
