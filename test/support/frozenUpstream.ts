import { createServer, type Server, type Socket } from 'node:net';

/**
 * An SES endpoint on 127.0.0.1 that accepts connections, reads what it is
 * sent and never answers: a frozen upstream (as a SIGSTOPped process would
 * be, without the process). Records each connection's request heads and
 * when the client closed it.
 */
export interface FrozenUpstream {
  url: string;
  /** HTTP requests received (request lines seen), all connections together. */
  requests(): string[];
  /** ms since `since` at which each connection was closed by the client, in order. */
  closedAfter(since: number): number[];
  close(): Promise<void>;
}

export async function startFrozenUpstream(): Promise<FrozenUpstream> {
  const sockets = new Set<Socket>();
  const requests: string[] = [];
  const closedAt: number[] = [];
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('data', (chunk) => {
      for (const line of chunk.toString('latin1').split('\r\n')) if (/^[A-Z]+ \/\S* HTTP\/1\.[01]$/.test(line)) requests.push(line);
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      sockets.delete(socket);
      closedAt.push(Date.now());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    requests: () => [...requests],
    closedAfter: (since) => closedAt.map((at) => at - since),
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
