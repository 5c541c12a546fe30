// Test support: a scripted Transport that records every request it is given.
import { Readable } from 'node:stream';
import { type Transport, type TransportRequest } from '../transport';

export interface StubReply {
  status: number;
  body?: string;
  headers?: Record<string, string>;
}

export type StubHandler = (req: TransportRequest, index: number) => StubReply;

export function stubTransport(handler: StubHandler): { transport: Transport; requests: TransportRequest[] } {
  const requests: TransportRequest[] = [];
  const transport: Transport = async (req) => {
    requests.push(req);
    const reply = handler(req, requests.length - 1);
    return { status: reply.status, headers: reply.headers ?? {}, body: Readable.from([Buffer.from(reply.body ?? '')]) };
  };
  return { transport, requests };
}

export async function bodyText(req: TransportRequest): Promise<string> {
  if (!req.body) return '';
  if (Buffer.isBuffer(req.body)) return req.body.toString('utf8');
  const chunks: Buffer[] = [];
  for await (const c of req.body) chunks.push(Buffer.from(c as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}
