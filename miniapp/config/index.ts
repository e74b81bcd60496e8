import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { OfflineShellPlugin } = require('../build-tools/offline-shell-plugin.cjs') as { OfflineShellPlugin: new () => object };

const platform = process.env.TARO_ENV ?? 'weapp';
// The shared workspace package ships TypeScript source; webpack must compile it like our own code.
const sharedSrc = path.resolve(__dirname, '..', '..', 'shared', 'src');

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'zhangshangban',
    date: '2025-11-25',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // One folder per platform so the weapp and H5 builds can coexist.
    outputRoot: `dist/${platform}`,
    plugins: [],
    defineConstants: {},
    // Only TARO_APP_* reach client code; shell values are forwarded here because Taro reads only .env files.
    env: {
      TARO_APP_API_BASE: JSON.stringify(process.env.TARO_APP_API_BASE ?? 'http://127.0.0.1:3000'),
      TARO_APP_H5_API_BASE: JSON.stringify(process.env.TARO_APP_H5_API_BASE ?? ''),
    },
    alias: {
      '@': path.resolve(__dirname, '..', 'src'),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      compile: { include: [sharedSrc] },
      // Component styles are namespaced by class, so the order pages import them in does not matter.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      compile: { include: [sharedSrc] },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      webpackChain(chain) {
        chain.plugin('offline-shell').use(OfflineShellPlugin);
        // ZSB_BUNDLE_STATS=file writes each chunk's modules and sizes (what weighs on the first screen).
        if (process.env.ZSB_BUNDLE_STATS) {
          const out = process.env.ZSB_BUNDLE_STATS;
          chain.plugin('zsb-bundle-stats').use(class {
            apply(compiler: any) {
              compiler.hooks.done.tap('zsb-bundle-stats', ({ compilation }: any) => {
                const chunks = [...compilation.chunks].map((chunk: any) => ({
                  id: chunk.id, names: [...(chunk.name ? [chunk.name] : [])], initial: chunk.canBeInitial(), files: [...chunk.files],
                  modules: compilation.chunkGraph.getChunkModules(chunk).flatMap((m: any) => (m.modules ? [...m.modules] : [m]))
                    .map((m: any) => ({ name: m.readableIdentifier?.(compilation.requestShortener) ?? m.identifier(), size: m.size() })),
                }));
                // eslint-disable-next-line @typescript-eslint/no-require-imports
                require('node:fs').writeFileSync(out, JSON.stringify({ chunks }));
              });
            }
          });
        }
        // Taro splits only initial chunks on H5, so every lazily loaded page would carry its own copy of
        // Taro's components and our shared components. Modules shared by pages go to chunks per set of
        // pages that use them (no single named chunk): a page loads only what it uses, so the first
        // screen does not download what only other pages need (previewImage's swiper, upload code…).
        const split = chain.optimization.get('splitChunks') as { cacheGroups?: Record<string, unknown> } | false;
        if (!split) return;
        chain.optimization.splitChunks({
          ...split,
          // minSize: a shared chunk of a few hundred bytes costs more than it saves (each response carries about 1 KB of
          // headers), so modules shared in smaller sets stay in the pages' own chunks.
          cacheGroups: { ...split.cacheGroups, pages: { chunks: 'async', minChunks: 2, priority: 50, reuseExistingChunk: true, minSize: 4000 } },
        });
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  };
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig);
  return merge({}, baseConfig, prodConfig);
});
