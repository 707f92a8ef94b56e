import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'

// @linli/config is compiled from source (see alias below)
const sharedConfigSrc = path.resolve(__dirname, '..', '..', 'config', 'src')
const taroEnv = process.env.TARO_ENV
// H5 is served by the API server itself (at /h5/), so it calls the API on its own origin.
// The WeChat build needs an absolute https URL registered as a request domain in the WeChat console.
const apiBase = taroEnv === 'h5'
  ? (process.env.H5_API_BASE ?? '')
  : (process.env.API_BASE ?? 'https://api.linli.example.com')

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'linli-miniprogram',
    date: '2026-11-22',
    // NutUI is designed at 375px, our pages at 750px
    designWidth(input: any) {
      if (input?.file?.replace(/\\+/g, '/').indexOf('@nutui') > -1) return 375
      return 750
    },
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // separate folders so the weapp and h5 builds don't wipe each other
    outputRoot: `dist/${taroEnv}`,
    plugins: [],
    defineConstants: {
      API_BASE: JSON.stringify(apiBase)
    },
    alias: {
      '@': path.resolve(__dirname, '..', 'src'),
      // compile the shared package from source: ES modules tree-shake (its dist is CommonJS) and
      // babel brings it down to the mini-program's ES5 target
      '@linli/config': path.join(sharedConfigSrc, 'index.ts')
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: process.env.TARO_CACHE === '1' },
    mini: {
      // NutUI ships ES2015+ code; transpile it like our own so the package stays ES5-safe
      compile: { include: [(modulePath: string) => modulePath.indexOf('@nutui') >= 0, sharedConfigSrc] },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } }
      }
    },
    h5: {
      // the shared package is TypeScript outside src/: run it through the same loaders
      compile: { include: [sharedConfigSrc] },
      publicPath: '/h5/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js'
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css'
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } }
      }
    }
  }
  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig)
  }
  return merge({}, baseConfig, prodConfig)
})
