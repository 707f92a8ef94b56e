/** Page paths used for navigation; keep in step with app.config.ts. */
export const ROUTES = {
  home: '/pages/home/index',
  report: '/pages/report/index',
  mine: '/pages/mine/index',
  login: '/packages/account/login/index',
  agreement: '/packages/account/agreement/index',
  phone: '/packages/account/phone/index',
  profile: '/packages/account/profile/index',
  deleteAccount: '/packages/account/delete/index',
  messages: '/packages/account/messages/index',
  myEvents: '/packages/events/mine/index',
  eventDetail: '/packages/events/detail/index',
  workerTodo: '/packages/events/todo/index',
  nearby: '/packages/events/nearby/index',
  surveys: '/packages/surveys/list/index',
  surveyAnswer: '/packages/surveys/answer/index',
  surveyResults: '/packages/surveys/results/index'
} as const

export const TAB_PAGES: readonly string[] = [ROUTES.home, ROUTES.report, ROUTES.mine]
