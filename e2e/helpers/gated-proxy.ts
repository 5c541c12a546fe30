// A pass-through HTTP proxy in front of an emulator endpoint that can hold chosen requests
// until the test lets them go: a spec decides how far a transfer gets (say, two parts of
// five) instead of racing the machine's speed. Requests the app aborts while held are dropped
// unsent, as a real connection drop would lose them; nothing is changed on the way through.
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type RequestMatch = (req: { method: string; url: string }) => boolean;

export interface GatedProxy {
  /** The endpoint to give the app instead of the emulator's. */
  url: string;
  /** From now on, requests matching `match` wait for `release()`; the forwarded count restarts. */
  hold(match: RequestMatch): void;
  /** Sends every held request and stops holding. */
  release(): void;
  /** Requests matching `match` passed on to the emulator since the last `hold`. */
  forwarded(match: RequestMatch): number;
  close(): Promise<void>;
}

interface Held {
  req: IncomingMessage;
  res: ServerResponse;
  /** The body read so far while it waited: reading it is how an abort by the app is noticed. */
  chunks?: Buffer[];
}

export async function startGatedProxy(target: string): Promise<GatedProxy> {
  const upstream = new URL(target);
  let holding: RequestMatch | undefined;
  let held: Held[] = [];
  let sent: { method: string; url: string }[] = [];

  const forward = ({ req, res, chunks }: Held) => {
    if (res.destroyed || (req.destroyed && !req.complete)) return; // aborted by the app while it waited
    sent.push({ method: req.method ?? 'GET', url: req.url ?? '/' });
    const out = request({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    out.on('error', () => res.destroy());
    res.on('close', () => out.destroy());
    if (!chunks) return void req.pipe(out);
    req.removeAllListeners('data');
    out.write(Buffer.concat(chunks));
    if (req.complete) out.end();
    else req.pipe(out);
  };

  const keep = (req: IncomingMessage, res: ServerResponse) => {
    const entry: Held = { req, res, chunks: [] };
    req.on('data', (c: Buffer) => entry.chunks!.push(c));
    req.on('error', () => undefined);
    held.push(entry);
  };

  const server = createServer((req, res) => {
    const seen = { method: req.method ?? 'GET', url: req.url ?? '/' };
    if (holding?.(seen)) keep(req, res);
    else forward({ req, res });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    hold(match) {
      holding = match;
      sent = [];
    },
    release() {
      holding = undefined;
      const waiting = held;
      held = [];
      for (const h of waiting) forward(h);
    },
    forwarded: (match) => sent.filter(match).length,
    close: () =>
      new Promise<void>((resolve) => {
        for (const h of held) h.res.destroy();
        held = [];
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** OSS and BOS UploadPart: a PUT carrying partNumber and uploadId. */
export const isUploadPart: RequestMatch = ({ method, url }) => method === 'PUT' && /[?&]partNumber=/.test(url) && /[?&]uploadId=/.test(url);
