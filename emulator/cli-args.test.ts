import { describe, expect, it } from 'vitest';
import { parseArgs } from './cli-args';

describe('parseArgs', () => {
  it('defaults to the demo seed', () => {
    expect(parseArgs([])).toEqual({ seed: 'demo' });
  });

  it('parses every flag', () => {
    expect(
      parseArgs(['--port', '9000', '--data', '/tmp/d', '--seed', 'big:1000', '--access-key-id', 'AK', '--access-key-secret', 'SK', '--latency-ms', '50', '--fault-rate', '0.1', '--drop-rate', '0.2']),
    ).toEqual({ port: 9000, dataDir: '/tmp/d', seed: { big: 1000 }, accessKeyId: 'AK', accessKeySecret: 'SK', latencyMs: 50, faultRate: 0.1, dropRate: 0.2 });
    expect(parseArgs(['--seed', 'none']).seed).toBe('none');
    expect(parseArgs(['--seed', 'big:1000,links:5000']).seed).toEqual({ big: 1000, links: 5000 });
    expect(parseArgs(['--seed', 'big:1000,varied']).seed).toEqual({ big: 1000, varied: true });
    expect(parseArgs(['--max-concurrent', '32']).maxConcurrentRequests).toBe(32);
    expect(parseArgs(['--fault-seed', '4294967295']).faultSeed).toBe(4294967295);
  });

  it.each([
    [['--seed', 'lots']],
    [['--port']],
    [['--latency-ms', 'x']],
    [['--max-concurrent', '0']],
    [['--max-concurrent', '2.5']],
    [['--fault-seed', '-1']],
    [['--fault-seed', '1.5']],
    [['--bogus', '1']],
    [['--access-key-id', 'AK']],
  ])('rejects %j', (argv) => {
    expect(() => parseArgs(argv)).toThrow();
  });
});
