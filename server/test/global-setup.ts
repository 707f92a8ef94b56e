import { createConnection } from 'mysql2/promise';
import { startLogCapture } from './log-capture/run-dir';

/** MariaDB runs start from an empty database so the suite does not depend on an earlier run. */
export default async function globalSetup() {
  startLogCapture();
  if (process.env.DB_TYPE !== 'mysql') return;
  const name = process.env.DB_NAME || 'linli_test';
  if (!/^\w+$/.test(name)) throw new Error(`bad DB_NAME ${name}`);
  const c = await createConnection({
    host: process.env.DB_HOST || '127.0.0.1', port: Number(process.env.DB_PORT || 3306),
    user: process.env.DB_USER || 'root', password: process.env.DB_PASSWORD || '',
  });
  await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
  await c.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await c.end();
}
