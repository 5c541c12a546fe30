// Command-line flags of `npm run emulator` -> EmulatorOptions (default seed: demo).
import type { EmulatorOptions } from './index';

export function parseArgs(argv: string[]): EmulatorOptions {
  const opts: EmulatorOptions = { seed: 'demo' };
  const num = (flag: string, v: string | undefined): number => {
    const n = Number(v);
    if (v === undefined || !Number.isFinite(n)) throw new Error(`${flag} needs a number`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = argv[i + 1];
    i++;
    switch (flag) {
      case '--port': opts.port = num(flag, value); break;
      case '--data': if (!value) throw new Error('--data needs a directory'); opts.dataDir = value; break;
      case '--access-key-id': opts.accessKeyId = value; break;
      case '--access-key-secret': opts.accessKeySecret = value; break;
      case '--latency-ms': opts.latencyMs = num(flag, value); break;
      case '--fault-rate': opts.faultRate = num(flag, value); break;
      case '--drop-rate': opts.dropRate = num(flag, value); break;
      case '--fault-seed': {
        const n = num(flag, value);
        if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new Error('--fault-seed needs a whole number 0..4294967295');
        opts.faultSeed = n;
        break;
      }
      case '--region': opts.region = value; break;
      case '--max-concurrent': {
        const n = num(flag, value);
        if (!Number.isInteger(n) || n < 1) throw new Error('--max-concurrent needs a positive whole number');
        opts.maxConcurrentRequests = n;
        break;
      }
      case '--seed': {
        const big = /^big:(\d+)(?:,links:(\d+))?(,varied)?$/.exec(value ?? '');
        if (big) opts.seed = { big: Number(big[1]), ...(big[2] !== undefined && { links: Number(big[2]) }), ...(big[3] !== undefined && { varied: true }) };
        else if (value === 'demo' || value === 'none') opts.seed = value;
        else throw new Error('--seed must be demo, none, big:N, big:N,links:M or either with ,varied');
        break;
      }
      default:
        throw new Error(`unknown option ${flag}`);
    }
  }
  if ((opts.accessKeyId === undefined) !== (opts.accessKeySecret === undefined)) {
    throw new Error('--access-key-id and --access-key-secret go together');
  }
  return opts;
}
