import { ROUTES } from './routes'

/** Entry tiles on the home page. A tile whose feature has not shipped shows 即将上线. */
export interface FeatureTile {
  key: string
  title: string
  subtitle: string
  /** One character drawn in the tile's badge (no icon font needed). */
  glyph: string
  color: string
  /** Where the tile goes once the feature is live. */
  url: string
  /** A tab page is opened with switchTab. */
  tab?: boolean
  ready: boolean
}

export const RESIDENT_TILES: readonly FeatureTile[] = [
  { key: 'report', title: '我要报事', subtitle: '随手拍，马上报', glyph: '报', color: '#1677ff', url: ROUTES.report, tab: true, ready: true },
  { key: 'my-events', title: '我的报事', subtitle: '进度全程可查', glyph: '查', color: '#00b578', url: ROUTES.myEvents, ready: true },
  { key: 'nearby', title: '附近的事', subtitle: '看看周边在办', glyph: '邻', color: '#13c2c2', url: ROUTES.nearby, ready: true },
  { key: 'surveys', title: '问卷调查', subtitle: '说出你的想法', glyph: '问', color: '#ff8f1f', url: ROUTES.surveys, ready: true },
  { key: 'help', title: '邻里互助', subtitle: '远亲不如近邻', glyph: '助', color: '#eb2f96', url: '/packages/help/index/index', ready: false }
]

/** Shown to accounts with `staff` set (网格员 and other staff bound to this WeChat user). */
export const WORKER_TILES: readonly FeatureTile[] = [
  { key: 'todo', title: '待办事件', subtitle: '本网格待处置', glyph: '办', color: '#722ed1', url: ROUTES.workerTodo, ready: true },
  // a staff account's report is recorded as a patrol finding (channel patrol) by the server
  { key: 'patrol', title: '巡查上报', subtitle: '巡查发现即报', glyph: '巡', color: '#13c2c2', url: ROUTES.report, tab: true, ready: true }
]
