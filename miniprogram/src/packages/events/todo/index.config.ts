export default definePageConfig({
  navigationBarTitleText: '待办事件',
  enablePullDownRefresh: true
})
