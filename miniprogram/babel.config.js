// babel-preset-taro: https://docs.taro.zone/docs/next/babel-config
// NutUI on demand: JS per component plus its own CSS (the full style.css is 233 KB)
module.exports = {
  presets: [
    ['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]
  ],
  plugins: [
    ['import', {
      libraryName: '@nutui/nutui-react-taro',
      libraryDirectory: 'dist/es/packages',
      style: 'css',
      camel2DashComponentName: false,
      customName: (name) => `@nutui/nutui-react-taro/dist/es/packages/${name.toLowerCase()}`
    }, 'nutui-react-taro']
  ]
}
