import { redactText } from '@linli/config';

interface Info { timestamp: number; LEVEL: string; pid: number; message: string; ctx?: { method?: string; path?: string } }

const JWT = /eyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]{8,}/g;

/** Last line of defence: whatever a log line carries, phone and ID numbers and tokens leave it masked. */
export function redactLog(text: string): string {
  return redactText(text).replace(JWT, '[token]');
}

function time(ts: number): string {
  return new Date(ts).toISOString().replace('T', ' ').replace('Z', '');
}

/** Plain lines for people (default) or one JSON object per line for log shippers (LOG_FORMAT=json). */
export function logFormat(info: Info): string {
  const message = redactLog(info.message);
  if (process.env.LOG_FORMAT === 'json') {
    return JSON.stringify({ time: new Date(info.timestamp).toISOString(), level: info.LEVEL, pid: info.pid, msg: message });
  }
  return `${time(info.timestamp)} ${info.LEVEL} ${info.pid} ${message}`;
}

export function contextLogFormat(info: Info): string {
  const where = info.ctx ? `[${info.ctx.method} ${info.ctx.path}] ` : '';
  return logFormat({ ...info, message: `${where}${info.message}` });
}
