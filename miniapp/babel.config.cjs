// babel-preset-taro: https://docs.taro.zone/docs/next/babel-config
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
  // The app's bundles carry no zod schemas it never runs (see build-tools/babel-plugin-lean-contracts.cjs).
  plugins: [require.resolve('./build-tools/babel-plugin-lean-contracts.cjs')],
};
