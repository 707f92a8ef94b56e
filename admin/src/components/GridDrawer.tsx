import { ProDescriptions } from '@ant-design/pro-components';
import { GRID_KIND_LABELS, type GridDetail, type GridStaffView } from '@linli/config';
import { useRequest } from '@umijs/max';
import { Drawer, Empty, Result, Table, Typography } from 'antd';
import { fetchGrid } from '@/services/regions';

const staffColumns = [
  { title: '姓名', dataIndex: 'name' },
  { title: '职责', dataIndex: 'roleLabel' },
  { title: '联系电话', dataIndex: 'phoneMasked', render: (v: string | null) => v ?? '—' },
];

/** Grid detail with its staff; phones arrive masked from the server. */
export default function GridDrawer({ gridId, onClose }: { gridId?: number; onClose: () => void }) {
  const { data, loading, error } = useRequest(() => fetchGrid(gridId!), {
    ready: !!gridId,
    refreshDeps: [gridId],
    formatResult: (r: any) => r,
  });
  const grid = gridId && data?.id === gridId ? (data as GridDetail) : undefined;

  return (
    <Drawer
      open={!!gridId}
      onClose={onClose}
      width={560}
      title={grid ? `网格详情 · ${grid.name}` : '网格详情'}
      loading={loading && !grid}
      destroyOnClose
    >
      {error && !grid && <Result status="warning" subTitle="网格不存在或无权查看" />}
      {grid && (
        <>
          <ProDescriptions column={1} dataSource={grid} data-testid="grid-detail">
            <ProDescriptions.Item label="网格名称" dataIndex="name" />
            <ProDescriptions.Item label="网格编码" dataIndex="code" />
            <ProDescriptions.Item label="网格类型">
              {grid.gridKind ? GRID_KIND_LABELS[grid.gridKind] : '—'}
            </ProDescriptions.Item>
            <ProDescriptions.Item label="所属街道">{grid.street?.name ?? '—'}</ProDescriptions.Item>
            <ProDescriptions.Item label="所属社区">{grid.community?.name ?? '—'}</ProDescriptions.Item>
            <ProDescriptions.Item label="中心点">
              {grid.center ? `${grid.center[0].toFixed(5)}, ${grid.center[1].toFixed(5)}` : '—'}
            </ProDescriptions.Item>
          </ProDescriptions>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            网格力量
          </Typography.Title>
          <Table<GridStaffView>
            rowKey={(r) => `${r.accountId}-${r.role}`}
            size="small"
            pagination={false}
            columns={staffColumns}
            dataSource={grid.staff}
            locale={{ emptyText: <Empty description="暂无人员" image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
          />
        </>
      )}
    </Drawer>
  );
}
