/**
 * Child-process plumbing for the submission benchmark: start a server as a child, wait until it answers,
 * check that the child (and not some other process) owns the port, read its CPU time and peak RSS from
 * /proc, and make sure every child is gone when the benchmark ends, however it ends.
 */
import { ChildProcess, execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';

const children = new Set<ChildServer>();

/** A port nobody listens on right now (the kernel picks it; the child binds it a moment later). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export class ChildServer {
  readonly proc: ChildProcess;
  exited = false;
  exitCode: number | null = null;
  private exitWaiters: Array<() => void> = [];

  constructor(readonly name: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; logFile: string }) {
    const fd = fs.openSync(opts.logFile, 'a');
    this.proc = spawn(process.execPath, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', fd, fd] });
    fs.closeSync(fd);
    children.add(this);
    this.proc.on('exit', (code, signal) => {
      this.exited = true;
      this.exitCode = code ?? (signal ? 128 : null);
      children.delete(this);
      for (const w of this.exitWaiters.splice(0)) w();
    });
  }

  get pid(): number {
    return this.proc.pid!;
  }

  /** Polls `url` until it answers 200, the child dies, or the time is up. */
  async waitHealthy(url: string, timeoutMs: number): Promise<void> {
    const until = Date.now() + timeoutMs;
    let last = '';
    while (Date.now() < until) {
      if (this.exited) throw new Error(`${this.name} exited (code ${this.exitCode}) before answering ${url}`);
      try {
        const r = await get(url, 2000);
        if (r.status === 200) return;
        last = `HTTP ${r.status} ${r.body.slice(0, 200)}`;
      } catch (e) {
        last = (e as Error).message;
      }
      await sleep(250);
    }
    throw new Error(`${this.name} did not answer ${url} within ${timeoutMs / 1000} s (last: ${last})`);
  }

  /** Stops the child (SIGTERM, then SIGKILL after graceMs) and waits for it to be gone. */
  async stop(graceMs = 10_000): Promise<void> {
    if (this.exited) return;
    const gone = new Promise<void>((r) => this.exitWaiters.push(r));
    this.proc.kill('SIGTERM');
    const timer = setTimeout(() => !this.exited && this.proc.kill('SIGKILL'), graceMs);
    await gone;
    clearTimeout(timer);
  }
}

/** Kills every child still running, synchronously (for process 'exit'). */
export function killAllChildrenNow(): void {
  for (const c of children) if (!c.exited) c.proc.kill('SIGKILL');
}

/** Stops every child still running, gracefully first. */
export async function stopAllChildren(graceMs = 5000): Promise<void> {
  await Promise.all([...children].map((c) => c.stop(graceMs)));
}

export function get(url: string, timeoutMs: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent: false, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`timeout after ${timeoutMs} ms`)));
    req.on('error', reject);
  });
}

/** True if `pid` holds the listening socket of TCP `port` (Midway keeps running on EADDRINUSE). */
export function ownsListeningPort(pid: number, port: number): boolean {
  const inodes = new Set<string>();
  for (const f of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = fs.readFileSync(f, 'utf8');
    } catch {
      continue;
    }
    for (const row of text.split('\n').slice(1)) {
      const c = row.trim().split(/\s+/);
      if (c.length < 10 || c[3] !== '0A') continue; // 0A = LISTEN
      if (parseInt(c[1].split(':')[1], 16) === port) inodes.add(c[9]);
    }
  }
  if (!inodes.size) return false;
  for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
    try {
      const m = /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (m && inodes.has(m[1])) return true;
    } catch {
      /* fd closed meanwhile */
    }
  }
  return false;
}

/** A line of /proc/<pid>/status in kB (VmHWM = peak RSS, VmRSS = current), or null. */
export function statusKb(pid: number, field: 'VmHWM' | 'VmRSS'): number | null {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** Resets the kernel's peak-RSS mark of `pid` (echo 5 > clear_refs); false where not permitted. */
export function resetPeakRss(pid: number): boolean {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

let clockTicks = 0;
function ticksPerSecond(): number {
  if (!clockTicks) {
    try {
      clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

/** User + system CPU time of `pid` so far, in ms (null if it is gone or unreadable). */
export function cpuMs(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // comm may contain spaces
    return ((Number(f[11]) + Number(f[12])) * 1000) / ticksPerSecond(); // fields 14 and 15 of stat(5)
  } catch {
    return null;
  }
}

/** The pid of the first process whose command name is `comm` (to account MariaDB's CPU), or null. */
export function findPidByComm(comm: string): number | null {
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      if (fs.readFileSync(`/proc/${d}/comm`, 'utf8').trim() === comm) return Number(d);
    } catch {
      /* gone */
    }
  }
  return null;
}
