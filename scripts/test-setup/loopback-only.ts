// Every vitest file runs with this: a connection or name lookup that would leave the machine
// fails at once with a clear error. Tests talk to our emulator on loopback only; a host such as
// `no-such-host.invalid` answers ENOTFOUND here without a DNS query going out.
import dns from 'node:dns';
import net from 'node:net';

const LOOPBACK_NAMES = new Set(['localhost', 'localhost.localdomain']);

export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (LOOPBACK_NAMES.has(bare) || bare.endsWith('.localhost')) return true;
  if (net.isIPv4(bare)) return bare.startsWith('127.');
  if (net.isIPv6(bare)) return bare === '::1' || /^::ffff:127\./.test(bare);
  return false;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address?: unknown, family?: number) => void;

const originalLookup = dns.lookup;
function guardedLookup(hostname: string, ...rest: unknown[]): void {
  const callback = rest.at(-1) as LookupCallback;
  if (isLoopback(hostname) || net.isIP(hostname) !== 0) {
    (originalLookup as (...args: unknown[]) => void).call(dns, hostname, ...rest);
    return;
  }
  const error: NodeJS.ErrnoException = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname} (tests resolve no names off this machine)`), { code: 'ENOTFOUND', hostname });
  process.nextTick(() => callback(error));
}
dns.lookup = guardedLookup as typeof dns.lookup;

const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function connect(this: net.Socket, ...args: unknown[]) {
  // net.connect() passes its normalized [options, callback] pair as one array argument.
  const options = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0];
  const host = typeof options === 'object' && options !== null && 'host' in options ? String((options as { host?: unknown }).host ?? '') : typeof args[1] === 'string' ? args[1] : '';
  const isPipe = typeof options === 'object' && options !== null && 'path' in options;
  if (!isPipe && host !== '' && net.isIP(host.replace(/^\[|\]$/g, '')) !== 0 && !isLoopback(host)) {
    throw new Error(`A test tried to connect to ${host}: tests reach only loopback addresses.`);
  }
  return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
} as typeof net.Socket.prototype.connect;
