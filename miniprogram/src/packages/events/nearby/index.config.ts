export default definePageConfig({
  navigationBarTitleText: '附近的事',
  enablePullDownRefresh: true
})
