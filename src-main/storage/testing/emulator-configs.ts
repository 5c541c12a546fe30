// Test support: ClientConfigs for a running emulator (structural type, so that this file does
// not import the emulator; integration tests do).
import { afterAll, beforeAll } from 'vitest';
import { closeSharedTransport } from '../requester';
import { type EmulatorEndpoints } from '../emulator-endpoints';
import { type ClientConfig } from '../types';

export type ConfigName = 'oss-v4' | 'oss-v1' | 'bos';

export const DEMO_BUCKET: Record<ConfigName, string> = { 'oss-v4': 'demo-oss', 'oss-v1': 'demo-oss', bos: 'demo-bos' };

export function emulatorConfig(emu: EmulatorEndpoints, name: ConfigName, over: Partial<ClientConfig> = {}): ClientConfig {
  const common = { accessKeyId: emu.accessKeyId, accessKeySecret: emu.accessKeySecret, addressing: 'path' as const, maxRetries: 0, timeoutMs: 10_000 };
  if (name === 'bos') return { ...common, provider: 'bos', endpoint: emu.bos, region: 'bj', ...over };
  return { ...common, provider: 'oss', endpoint: emu.oss, region: 'cn-hangzhou', signatureVersion: name === 'oss-v1' ? 'v1' : 'v4', ...over };
}

/** Every key shape the brief names: spaces, +, %, ?, #, ~, CJK, emoji, 1024 bytes, trailing /. */
export const EDGE_KEYS: readonly string[] = [
  'edge/a b.txt',
  'edge/plus+sign.txt',
  'edge/100% done.txt',
  'edge/%20literal.txt',
  'edge/what?.txt',
  'edge/hash#tag.txt',
  'edge/tilde~x.txt',
  'edge/目录/文件.txt',
  'edge/emoji 😀.png',
  'edge/folder-like/',
  'edge/amp&lt;<>"\'.txt',
  `edge/${'k'.repeat(1024 - 'edge/'.length)}`,
];

export async function streamToString(body: AsyncIterable<unknown>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of body) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(c as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

/** Starts an emulator for the test file (beforeAll) and closes it and the shared pool (afterAll). */
export function useEmulator<E extends EmulatorEndpoints & { close(): Promise<void> }>(start: () => Promise<E>): () => E {
  let emu: E | undefined;
  beforeAll(async () => {
    emu = await start();
  });
  afterAll(async () => {
    await closeSharedTransport();
    await emu?.close();
  });
  return () => {
    if (!emu) throw new Error('the emulator is not running yet');
    return emu;
  };
}
