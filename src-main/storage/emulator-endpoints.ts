// Where a running emulator listens and the one key pair it accepts. Structural on purpose: the
// demo backend, the local-demo profile and the integration tests share it without importing the
// emulator.
export interface EmulatorEndpoints {
  oss: string;
  bos: string;
  accessKeyId: string;
  accessKeySecret: string;
}
