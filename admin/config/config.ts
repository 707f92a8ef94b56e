import { defineConfig } from '@umijs/max';
import proxy from './proxy';
import routes from './routes';

export default defineConfig({
  /** The server serves the built console under /admin/ with an SPA fallback. */
  base: '/admin/',
  publicPath: '/admin/',
  hash: true,
  title: '邻里 · 网格治理平台',
  /** Local file only: the console must work with no internet access. */
  favicons: ['/admin/favicon.svg'],
  /** antd 5 from this workspace (not the antd 4 nested in @umijs/max). */
  antd: {},
  access: {},
  model: {},
  initialState: {},
  request: {},
  locale: {
    default: 'zh-CN',
    antd: true,
    /** Headless Chromium reports en-US; the console is Chinese-only. */
    baseNavigator: false,
    title: false,
  },
  layout: {
    title: '邻里 · 网格治理平台',
    locale: true,
  },
  routes,
  proxy,
  mock: false,
  npmClient: 'npm',
  fastRefresh: true,
});
