import { resolveRoute, RouteFacts, RuleData } from './routing';

const inGrid: RouteFacts['place'] = { gridId: 40, communityId: 30, streetId: 20, districtId: 2, path: '/1/2/20/30/40/' };
const facts = (over: Partial<RouteFacts> = {}): RouteFacts => ({
  categoryCode: 'ENV_GARBAGE', channel: 'resident', description: '小区门口有暴露垃圾', place: inGrid, ...over,
});
const garbage = { name: '暴露垃圾', defaultLevel: 1 as const, departmentId: null };
const rule = (over: Partial<RuleData>): RuleData => ({
  id: 1, name: 'r', priority: 10, categoryCodes: null, regionPath: null, channels: null, keywords: null, level: 2, departmentId: null, ...over,
});

describe('routing resolver', () => {
  it('without rules uses the category default level: level 1 goes to the grid', () => {
    expect(resolveRoute(facts(), [], garbage)).toMatchObject({ ruleId: null, level: 1, targetType: 'grid', targetRegionId: 40 });
  });

  it('levels 2 and 3 go to the community and the street of the location', () => {
    expect(resolveRoute(facts(), [rule({ level: 2 })], garbage)).toMatchObject({ targetType: 'community', targetRegionId: 30, ruleId: 1 });
    expect(resolveRoute(facts(), [rule({ level: 3 })], garbage)).toMatchObject({ targetType: 'street', targetRegionId: 20 });
  });

  it('level 4 goes to the rule\'s department, else the category\'s, else the district queue', () => {
    expect(resolveRoute(facts(), [rule({ level: 4, departmentId: 7 })], garbage)).toMatchObject({ targetType: 'department', targetDepartmentId: 7 });
    expect(resolveRoute(facts(), [rule({ level: 4 })], { ...garbage, departmentId: 9 })).toMatchObject({ targetDepartmentId: 9 });
    const d = resolveRoute(facts(), [rule({ level: 4 })], garbage);
    expect(d).toMatchObject({ targetType: 'district', targetRegionId: 2, targetDepartmentId: null });
    expect(d.reason).toContain('区级分派');
  });

  it('takes the first matching rule by priority, then id', () => {
    const rules = [rule({ id: 5, priority: 20, level: 3 }), rule({ id: 6, priority: 10, level: 2 }), rule({ id: 4, priority: 10, level: 4, departmentId: 1 })];
    expect(resolveRoute(facts(), rules, garbage).ruleId).toBe(4);
  });

  it('every condition must match: category, channel, region subtree, keyword', () => {
    const cases: [Partial<RuleData>, boolean][] = [
      [{ categoryCodes: ['ENV_GARBAGE'] }, true],
      [{ categoryCodes: ['ROAD_DAMAGE'] }, false],
      [{ channels: ['resident', 'hotline'] }, true],
      [{ channels: ['patrol'] }, false],
      [{ regionPath: '/1/2/20/' }, true],
      [{ regionPath: '/1/2/2/' }, false], // a sibling whose id is a prefix must not match
      [{ keywords: ['垃圾', '污水'] }, true],
      [{ keywords: ['污水'] }, false],
      [{ categoryCodes: ['ENV_GARBAGE'], channels: ['patrol'] }, false],
    ];
    for (const [cond, matches] of cases) {
      const d = resolveRoute(facts(), [rule({ ...cond, level: 3 })], garbage);
      expect([cond, d.ruleId]).toEqual([cond, matches ? 1 : null]);
    }
  });

  it('a location outside every grid goes to the nearest street queue, never nowhere', () => {
    const d = resolveRoute(facts({ place: { streetId: 21, districtId: 2, path: '/1/2/21/', outside: true } }), [], garbage);
    expect(d).toMatchObject({ targetType: 'street', targetRegionId: 21, level: 3 });
    expect(d.reason).toContain('不在任何网格');
  });

  it('explains the decision in Chinese', () => {
    expect(resolveRoute(facts(), [rule({ name: '垃圾上报社区', level: 2 })], garbage).reason).toBe('规则「垃圾上报社区」：社区处置');
    expect(resolveRoute(facts(), [], garbage).reason).toBe('分类「暴露垃圾」默认：网格处置');
  });
});
