// Main package: only the three tab pages (WeChat requires tabBar pages there). Every feature lives in
// a subpackage under packages/<feature>/ so the main package stays small:
//   packages/account  login, agreements, phone binding, profile, account deletion (this issue)
//   packages/events   my reports, event detail (the report form itself is the 报事 tab page)
//   packages/surveys  questionnaires
//   packages/help     neighbourhood groups and help requests
// Add a subpackage here and its paths to src/routes.ts.
export default defineAppConfig({
  pages: [
    'pages/home/index',
    'pages/report/index',
    'pages/mine/index'
  ],
  subPackages: [
    {
      root: 'packages/account',
      name: 'account',
      pages: [
        'login/index',
        'agreement/index',
        'phone/index',
        'profile/index',
        'delete/index',
        'messages/index'
      ]
    },
    {
      root: 'packages/events',
      name: 'events',
      pages: [
        'mine/index',
        'detail/index',
        'todo/index',
        'nearby/index'
      ]
    },
    {
      root: 'packages/surveys',
      name: 'surveys',
      pages: [
        'list/index',
        'answer/index',
        'results/index'
      ]
    }
  ],
  window: {
    backgroundTextStyle: 'light',
    backgroundColor: '#f5f6f8',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '邻里',
    navigationBarTextStyle: 'black'
  },
  tabBar: {
    color: '#8a8f99',
    selectedColor: '#1677ff',
    backgroundColor: '#ffffff',
    borderStyle: 'white',
    list: [
      { pagePath: 'pages/home/index', text: '首页', iconPath: 'assets/tab/home.png', selectedIconPath: 'assets/tab/home-active.png' },
      { pagePath: 'pages/report/index', text: '报事', iconPath: 'assets/tab/report.png', selectedIconPath: 'assets/tab/report-active.png' },
      { pagePath: 'pages/mine/index', text: '我的', iconPath: 'assets/tab/mine.png', selectedIconPath: 'assets/tab/mine-active.png' }
    ]
  },
  permission: {
    'scope.userLocation': {
      desc: '您的位置将用于确定报事地点所属网格，以便派给负责的网格员处理'
    }
  },
  requiredPrivateInfos: ['getLocation', 'chooseLocation'],
  // WeChat asks for privacy consent through wx.onNeedPrivacyAuthorization (src/services/privacy.weapp.ts)
  __usePrivacyCheck__: true,
  lazyCodeLoading: 'requiredComponents'
})
