import { close, createApp } from '@midwayjs/mock';
import { Application, Framework } from '@midwayjs/koa';
import { TypeORMDataSourceManager } from '@midwayjs/typeorm';
import type { DataSource } from 'typeorm';

/** One app per test file (a second createApp in the same file loses its port). The real app on a real database (embedded SQLite by default, MariaDB with DB_TYPE=mysql), listening on a free port. */
export async function startApp(): Promise<{ app: Application; base: string; db: DataSource; stop: () => Promise<void> }> {
  const app = await createApp<Framework>();
  const port = (app.getFramework() as unknown as { getPort(): number }).getPort();
  const db = (await app.getApplicationContext().getAsync(TypeORMDataSourceManager)).getDataSource('default');
  return { app, base: `http://127.0.0.1:${port}`, db, stop: () => close(app) };
}

export interface Envelope<T = any> {
  status: number;
  success: boolean;
  data: T;
  errorCode?: string;
  errorMessage?: string;
  errorField?: string;
}

/** Calls the running server over HTTP like a client does, returning status and envelope. */
export function client(base: string) {
  return async function call<T = any>(method: string, path: string, opts: { token?: string; body?: unknown; query?: Record<string, unknown>; headers?: Record<string, string> } = {}): Promise<Envelope<T>> {
    const url = new URL(base + path);
    for (const [k, v] of Object.entries(opts.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    const res = await fetch(url, {
      method,
      headers: { ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}), ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}), ...opts.headers },
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    });
    const text = await res.text();
    let json: any;
    try {
      json = JSON.parse(text);
    } catch {
      throw new Error(`${method} ${path} → ${res.status} non-JSON body: ${text.slice(0, 200)}`);
    }
    return { status: res.status, ...json };
  };
}

export const DEMO_PASSWORD = 'Linli@2026';

export type App = Awaited<ReturnType<typeof startApp>>;

/**
 * Starts the app for this test file (beforeAll) and stops it (afterAll). The returned object is filled
 * in when the app is up; `call` talks to it over HTTP and may be taken out right away.
 */
export function useApp(): App & { call: ReturnType<typeof client> } {
  const t = { call: ((...args) => client(t.base)(...args)) as ReturnType<typeof client> } as App & { call: ReturnType<typeof client> };
  beforeAll(async () => {
    Object.assign(t, await startApp());
  });
  afterAll(async () => t.stop?.());
  return t;
}
