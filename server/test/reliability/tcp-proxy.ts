import { createServer, connect, Server, Socket } from 'net';
import type { AddressInfo } from 'net';

/**
 * A TCP proxy in front of the database that a test can break: `cut()` resets every open connection and
 * every new one until `restore()`. The database itself (shared with other work on this machine) is never
 * touched; to the app it looks like a network partition or a database restart.
 */
export class TcpProxy {
  private server: Server | null = null;
  private readonly open = new Set<Socket>();
  private refusing = false;
  /** Connections accepted and reset while cut. */
  refused = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async start(): Promise<number> {
    this.server = createServer((client) => {
      if (this.refusing) {
        this.refused++;
        client.resetAndDestroy();
        return;
      }
      const upstream = connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.open.add(s);
        s.setNoDelay(true);
        s.on('error', () => undefined);
        s.on('close', () => {
          this.open.delete(s);
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream);
      upstream.pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return (this.server.address() as AddressInfo).port;
  }

  /** Resets every connection now open and every one attempted until restore(). */
  cut() {
    this.refusing = true;
    for (const s of this.open) s.resetAndDestroy();
  }

  restore() {
    this.refusing = false;
  }

  get connections() {
    return this.open.size / 2;
  }

  async close() {
    this.cut();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
