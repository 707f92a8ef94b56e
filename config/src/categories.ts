/**
 * Event levels: 1 the grid handles itself (小事不出网格), 2 community, 3 street, 4 district department.
 */
export const EVENT_LEVELS = [1, 2, 3, 4] as const;
export type EventLevel = (typeof EVENT_LEVELS)[number];

export const EVENT_LEVEL_LABELS: Record<EventLevel, string> = {
  1: '网格处置',
  2: '社区处置',
  3: '街道处置',
  4: '部门处置',
};

export interface CategoryDefault {
  code: string;
  name: string;
  group: string;
  defaultLevel: EventLevel;
  /** Department code that owns level-4 events of this category, if any. */
  department?: string;
  /** Hours allowed to sign for (accept) an event, and to handle it. */
  signHours: number;
  handleHours: number;
}

export const DEFAULT_CATEGORIES: readonly CategoryDefault[] = [
  { code: 'ENV_GARBAGE', name: '暴露垃圾', group: '市容环境', defaultLevel: 1, signHours: 2, handleHours: 24 },
  { code: 'ENV_CLUTTER', name: '乱堆乱放', group: '市容环境', defaultLevel: 1, signHours: 2, handleHours: 24 },
  { code: 'ENV_AD', name: '违规小广告', group: '市容环境', defaultLevel: 2, signHours: 4, handleHours: 48 },
  { code: 'ENV_POLLUTION', name: '污水直排', group: '生态环境', defaultLevel: 4, department: 'EEB', signHours: 4, handleHours: 72 },
  { code: 'ENV_NOISE', name: '噪音扰民', group: '生态环境', defaultLevel: 3, signHours: 4, handleHours: 48 },
  { code: 'ROAD_DAMAGE', name: '道路破损', group: '道路交通', defaultLevel: 4, department: 'TRANSPORT', signHours: 4, handleHours: 120 },
  { code: 'ROAD_MANHOLE', name: '井盖缺失', group: '道路交通', defaultLevel: 4, department: 'HOUSING', signHours: 1, handleHours: 24 },
  { code: 'ROAD_PARKING', name: '违章停车', group: '道路交通', defaultLevel: 2, signHours: 2, handleHours: 24 },
  { code: 'FAC_LIGHT', name: '路灯损坏', group: '公共设施', defaultLevel: 3, signHours: 4, handleHours: 72 },
  { code: 'FAC_GREEN', name: '绿化损毁', group: '公共设施', defaultLevel: 2, signHours: 4, handleHours: 72 },
  { code: 'SAFE_FIRE_EXIT', name: '消防通道堵塞', group: '安全隐患', defaultLevel: 2, signHours: 1, handleHours: 12 },
  { code: 'SAFE_EBIKE', name: '电动车违规充电', group: '安全隐患', defaultLevel: 1, signHours: 1, handleHours: 12 },
  { code: 'SAFE_BUILDING', name: '房屋安全隐患', group: '安全隐患', defaultLevel: 4, department: 'HOUSING', signHours: 2, handleHours: 72 },
  { code: 'MKT_FOOD', name: '食品安全', group: '市场监管', defaultLevel: 4, department: 'MARKET', signHours: 4, handleHours: 120 },
  { code: 'DISPUTE_NEIGHBOR', name: '邻里纠纷', group: '矛盾纠纷', defaultLevel: 1, signHours: 4, handleHours: 72 },
  { code: 'DISPUTE_PROPERTY', name: '物业纠纷', group: '矛盾纠纷', defaultLevel: 2, signHours: 4, handleHours: 120 },
  { code: 'WATER_FLOOD', name: '积水内涝', group: '水务', defaultLevel: 4, department: 'WATER', signHours: 1, handleHours: 24 },
  { code: 'OTHER', name: '其他问题', group: '其他', defaultLevel: 2, signHours: 4, handleHours: 72 },
];

/** Departments seeded with the demo district; codes referenced by categories above. */
export const DEFAULT_DEPARTMENTS: readonly { code: string; name: string }[] = [
  { code: 'CITY_MGMT', name: '综合行政执法局' },
  { code: 'HOUSING', name: '住房和城乡建设局' },
  { code: 'TRANSPORT', name: '交通运输局' },
  { code: 'EEB', name: '生态环境分局' },
  { code: 'MARKET', name: '市场监督管理局' },
  { code: 'WATER', name: '水利局' },
  { code: 'EMERGENCY', name: '应急管理局' },
  { code: 'POLICE', name: '公安分局' },
];
