// Prints the console's initial bundle (umi.*.js + umi.*.css, what every page loads first),
// raw and gzip, from admin/dist; then the largest lazy chunks for context.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dist = path.resolve(import.meta.dirname, '..', 'dist');
if (!fs.existsSync(dist)) {
  console.error(`no build at ${dist}; run "npm run build -w admin" first`);
  process.exit(1);
}

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const sizes = (file) => {
  const buf = fs.readFileSync(path.join(dist, file));
  return { file, raw: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length };
};
const files = fs.readdirSync(dist).filter((f) => /\.(js|css)$/.test(f));
const initial = files.filter((f) => /^umi(\.[0-9a-f]+)?\.(js|css)$/.test(f)).map(sizes);
if (!initial.length) {
  console.error('no umi.*.js / umi.*.css in dist');
  process.exit(1);
}

const row = (s) => `  ${s.file.padEnd(40)} ${kb(s.raw).padStart(10)} raw ${kb(s.gzip).padStart(10)} gzip`;
console.log('initial bundle:');
initial.forEach((s) => console.log(row(s)));
const sum = (list, k) => list.reduce((a, s) => a + s[k], 0);
console.log(row({ file: 'total', raw: sum(initial, 'raw'), gzip: sum(initial, 'gzip') }));

const lazy = files.filter((f) => !initial.some((s) => s.file === f)).map(sizes).sort((a, b) => b.gzip - a.gzip);
console.log(`lazy chunks: ${lazy.length}, ${kb(sum(lazy, 'raw'))} raw, ${kb(sum(lazy, 'gzip'))} gzip; largest:`);
lazy.slice(0, 5).forEach((s) => console.log(row(s)));
