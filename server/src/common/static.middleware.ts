import { Config, IMiddleware, Middleware } from '@midwayjs/core';
import { Context, NextFunction } from '@midwayjs/koa';
import { createReadStream, promises as fs } from 'fs';
import { extname, join, normalize, sep } from 'path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'application/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif',
  '.svg': 'image/svg+xml', '.ico': 'image/x-icon', '.woff': 'font/woff', '.woff2': 'font/woff2', '.ttf': 'font/ttf', '.map': 'application/json',
};

/**
 * Serves the built console at /admin/ and the H5 mini-program at /h5/ when their dist folders are
 * configured (one process for `npm start`; production would usually put them behind nginx/CDN).
 * Unknown paths under /admin/ fall back to index.html for client-side routing.
 */
@Middleware()
export class StaticMiddleware implements IMiddleware<Context, NextFunction> {
  @Config('linli.staticDirs') dirs: { admin: string; h5: string };

  resolve() {
    const mounts = (Object.entries(this.dirs) as [string, string][]).filter(([, dir]) => !!dir);
    return async (ctx: Context, next: NextFunction) => {
      if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
      for (const [name, dir] of mounts) {
        const prefix = `/${name}`;
        if (ctx.path === prefix) return ctx.redirect(`${prefix}/`);
        if (!ctx.path.startsWith(`${prefix}/`)) continue;
        const rel = normalize(decodeURIComponent(ctx.path.slice(prefix.length + 1)) || 'index.html');
        if (rel.startsWith('..') || rel.includes(`${sep}..`)) return ctx.throw(404);
        let file = join(dir, rel);
        const stat = await fs.stat(file).catch(() => null);
        if (!stat || !stat.isFile()) {
          if (extname(rel)) return ctx.throw(404);
          file = join(dir, 'index.html');
        }
        const isIndex = file.endsWith('index.html');
        ctx.type = TYPES[extname(file)] ?? 'application/octet-stream';
        // hashed assets never change; index.html must always be revalidated
        ctx.set('cache-control', isIndex ? 'no-cache' : 'public, max-age=31536000, immutable');
        ctx.body = createReadStream(file);
        return;
      }
      return next();
    };
  }

  static getName() {
    return 'static';
  }
}
