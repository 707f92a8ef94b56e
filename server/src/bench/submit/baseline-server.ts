/**
 * The baseline of the submission benchmark: a bare node:http server that does the least a report
 * endpoint can do — read the JSON body, check its fields, INSERT one row into a copy of the `event`
 * table (same columns and indexes, made with CREATE TABLE … LIKE) through a mysql2 pool, answer 201.
 * No framework, no auth, no routing, no trail, no idempotency record (the key is only kept in route_reason,
 * so that the benchmark can tell whether a request it gave up on was stored).
 *
 * Started by submit.bench.ts as a child: BASE_PORT, BASE_DB, BASE_POOL (default 10), DB_HOST/PORT/USER/PASSWORD.
 */
import * as http from 'http';
import { createPool } from 'mysql2/promise';

const port = Number(process.env.BASE_PORT);
const pool = createPool({
  host: process.env.DB_HOST || '127.0.0.1',
  port: Number(process.env.DB_PORT || 3306),
  user: process.env.DB_USER || 'root',
  password: process.env.DB_PASSWORD || '',
  database: process.env.BASE_DB,
  charset: 'utf8mb4',
  timezone: 'Z',
  connectionLimit: Number(process.env.BASE_POOL || 10),
});

const IDEM_KEY = /^[\w-]{8,64}$/;
const prefix = `B${Date.now().toString(36)}`;
let seq = 0;

const INSERT =
  'INSERT INTO `event` (`no`, `channel`, `category_code`, `description`, `address`, `lng`, `lat`, `region_path`, `level`,' +
  ' `target_type`, `route_reason`, `status`, `reporter_id`, `anonymous`, `is_public`, `stage_started_at`)' +
  ' VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';

function reply(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

const bad = (res: http.ServerResponse, field: string) =>
  reply(res, 400, { success: false, errorCode: 'VALIDATION', errorMessage: `${field} invalid`, errorField: field });

interface Body { categoryCode?: unknown; description?: unknown; lng?: unknown; lat?: unknown; address?: unknown }

async function report(req: http.IncomingMessage, res: http.ServerResponse, raw: string): Promise<void> {
  const key = String(req.headers['idempotency-key'] ?? '');
  if (!IDEM_KEY.test(key)) return bad(res, 'Idempotency-Key');
  let b: Body;
  try {
    b = JSON.parse(raw) as Body;
  } catch {
    return bad(res, 'body');
  }
  if (typeof b.categoryCode !== 'string' || !b.categoryCode || b.categoryCode.length > 32) return bad(res, 'categoryCode');
  const description = typeof b.description === 'string' ? b.description.trim() : '';
  if (description.length < 5 || description.length > 1000) return bad(res, 'description');
  if (typeof b.lng !== 'number' || !(Math.abs(b.lng) <= 180)) return bad(res, 'lng');
  if (typeof b.lat !== 'number' || !(Math.abs(b.lat) <= 90)) return bad(res, 'lat');
  const no = `${prefix}${++seq}`;
  const [r] = await pool.query(INSERT, [
    no, 'resident', b.categoryCode, description, typeof b.address === 'string' ? b.address : '', b.lng, b.lat,
    '/', 1, 'grid', key, 'submitted', null, 0, 1, new Date(), // the key goes to route_reason: the benchmark checks late commits by it
  ]);
  reply(res, 201, { success: true, data: { id: (r as { insertId: number }).insertId, no } });
}

const server = http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/health') {
    pool.query('SELECT 1').then(() => reply(res, 200, { success: true }), () => reply(res, 503, { success: false }));
    return;
  }
  if (req.method !== 'POST' || req.url !== '/api/events') return reply(res, 404, { success: false, errorCode: 'NOT_FOUND' });
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    report(req, res, Buffer.concat(chunks).toString('utf8')).catch((e: Error) =>
      reply(res, 500, { success: false, errorCode: 'INTERNAL', errorMessage: e.message }),
    );
  });
});

server.listen(port, '127.0.0.1');

function shutdown(): void {
  server.close();
  pool.end().finally(() => process.exit(0));
  setTimeout(() => process.exit(0), 3000).unref();
}
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);
