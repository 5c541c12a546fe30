// `npm run emulator -- [--port N] [--data DIR] [--seed demo|none|big:N[,links:M]]
//   [--access-key-id ID --access-key-secret SECRET] [--latency-ms N] [--fault-rate P] [--drop-rate P] [--fault-seed N]`
// Prints exactly one JSON line with the endpoints and credentials once both are listening.
import { parseArgs } from './cli-args';
import { startEmulator, type EmulatorOptions } from './index';

async function main(): Promise<void> {
  let opts: EmulatorOptions;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`emulator: ${(e as Error).message}\n`);
    process.exit(2);
  }
  const emu = await startEmulator(opts);
  process.stdout.write(JSON.stringify({ oss: emu.oss, bos: emu.bos, accessKeyId: emu.accessKeyId, accessKeySecret: emu.accessKeySecret }) + '\n');
  const stop = (): void => {
    emu.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((e: unknown) => {
  process.stderr.write(`emulator: ${(e as Error).message}\n`);
  process.exit(1);
});
