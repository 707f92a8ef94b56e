import { PageContainer, ProCard, StatisticCard } from '@ant-design/pro-components';
import { REGION_LEVEL_LABELS, REGION_LEVELS } from '@linli/config';
import { Link, useAccess, useModel, useRequest } from '@umijs/max';
import { Descriptions, Space, Tag, Typography } from 'antd';
import { fetchRegionTree, queryGrids } from '@/services/regions';
import { PERMISSION_LABELS } from '@/utils/labels';
import { countByLevel } from '@/utils/regionTree';

async function loadScopeCounts() {
  const [tree, grids] = await Promise.all([fetchRegionTree(), queryGrids({ current: 1, pageSize: 1 })]);
  return { ...countByLevel(tree), grid: grids.total };
}

export default function Welcome() {
  const { initialState } = useModel('@@initialState');
  const access = useAccess();
  const user = initialState?.currentUser;
  const { data: counts, loading } = useRequest(loadScopeCounts, {
    ready: access['region:read'],
    formatResult: (r: any) => r,
  });
  if (!user) return null;

  // only the levels below the account's own scope level
  const below = (level: string) => REGION_LEVELS.indexOf(level as any) > REGION_LEVELS.indexOf(user.scope.regionLevel);
  const stats = (
    [
      { key: 'street', title: '街道', link: '/regions' },
      { key: 'community', title: '社区', link: '/regions' },
      { key: 'grid', title: '网格', link: '/grid-map' },
    ] as const
  ).filter((s) => below(s.key));

  return (
    <PageContainer title={`您好，${user.name}`} subTitle="欢迎使用邻里网格治理平台">
      <ProCard direction="column" gutter={[0, 16]} ghost>
        <ProCard title="我的管辖范围" bordered>
          <Descriptions column={{ xs: 1, md: 2, xl: 3 }} data-testid="scope-summary">
            <Descriptions.Item label="管辖区域">
              {user.scope.regionName}
              <Tag style={{ marginInlineStart: 8 }}>{REGION_LEVEL_LABELS[user.scope.regionLevel]}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label="角色">{user.roleLabel}</Descriptions.Item>
            <Descriptions.Item label="账号">{user.username}</Descriptions.Item>
            {user.department && <Descriptions.Item label="所属部门">{user.department.name}</Descriptions.Item>}
            <Descriptions.Item label="联系电话">{user.phoneMasked ?? '未登记'}</Descriptions.Item>
          </Descriptions>
        </ProCard>
        {access['region:read'] && stats.length > 0 && (
          <StatisticCard.Group direction="row" loading={loading}>
            {stats.map((s) => (
              <StatisticCard
                key={s.key}
                statistic={{
                  title: `下辖${s.title}`,
                  value: counts?.[s.key] ?? 0,
                  suffix: '个',
                  description: <Link to={s.link}>查看</Link>,
                }}
              />
            ))}
          </StatisticCard.Group>
        )}
        <ProCard title="我的权限" bordered>
          <Space size={[8, 8]} wrap>
            {user.permissions.length === 0 && <Typography.Text type="secondary">暂无权限</Typography.Text>}
            {user.permissions.map((p) => (
              <Tag key={p} color="geekblue">
                {PERMISSION_LABELS[p] ?? p}
              </Tag>
            ))}
          </Space>
        </ProCard>
      </ProCard>
    </PageContainer>
  );
}
