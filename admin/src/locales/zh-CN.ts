export default {
  'menu.login': '登录',
  'menu.welcome': '首页',
  'menu.events': '事件办理',
  'menu.eventDetail': '事件详情',
  'menu.regions': '区划网格',
  'menu.gridMap': '网格地图',
  'menu.departments': '职能部门',
  'menu.categories': '事件分类',
  'menu.accounts': '账号管理',
};
