/**
 * A private, memory-only redis-server for the "with Redis" gateways, started
 * as a registered child so the bench's cleanup stops it like every other one
 * (test/support/redis.ts's startRedis keeps its child to itself).
 */
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort, spawnChild, type Child } from './processes.js';

export interface RedisProcess {
  child: Child;
  url: string;
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.setTimeout(1000);
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

export async function startRedisProcess(): Promise<RedisProcess> {
  const port = await freePort();
  const child = spawnChild('redis-server', 'redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']);
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (await ping(port)) return { child, url: `redis://127.0.0.1:${port}` };
    if (child.process.exitCode !== null) break;
    await sleep(100);
  }
  throw new Error(`redis-server did not answer on port ${port}:\n${child.output()}`);
}
