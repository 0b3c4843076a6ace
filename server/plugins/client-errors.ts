// Errors Node's HTTP server meets before a request reaches Fastify (a client too slow to send its
// request, headers too large, bytes that are not HTTP) answered as problem JSON like every other error,
// then the connection is closed.
import type { Socket } from 'node:net';
import { STATUS_CODES } from 'node:http';

const STATUS: Record<string, [number, string]> = {
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'The request was not received in time; the connection is closed.'],
  HPE_HEADER_OVERFLOW: [431, 'The request headers are larger than the server accepts.'],
};

export function clientErrorHandler(err: Error & { code?: string }, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, detail] = STATUS[err.code ?? ''] ?? [400, 'The request is not valid HTTP.'];
  const body = JSON.stringify({ type: 'about:blank', title: STATUS_CODES[status], status, detail });
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  }
  socket.destroy(err);
}
