import type { ProColumns } from '@ant-design/pro-components';
import { PageContainer, ProCard, ProTable } from '@ant-design/pro-components';
import { GRID_KIND_LABELS, type RegionNode } from '@linli/config';
import { useRequest } from '@umijs/max';
import { Empty, Spin } from 'antd';
import { useState } from 'react';
import GridDrawer from '@/components/GridDrawer';
import { fetchRegionTree, queryGrids, type GridRow } from '@/services/regions';
import RegionTree from './RegionTree';

export default function Regions() {
  const { data: tree, loading } = useRequest(fetchRegionTree, { formatResult: (r: any) => r });
  const [region, setRegion] = useState<RegionNode>();
  const [gridId, setGridId] = useState<number>();

  const columns: ProColumns<GridRow>[] = [
    {
      title: '关键词',
      dataIndex: 'keyword',
      hideInTable: true,
      fieldProps: { placeholder: '网格名称' },
    },
    {
      title: '网格名称',
      dataIndex: 'name',
      search: false,
      render: (_, r) => <a onClick={() => setGridId(r.id)}>{r.name}</a>,
    },
    { title: '网格编码', dataIndex: 'code', search: false, copyable: true },
    {
      title: '网格类型',
      dataIndex: 'gridKind',
      valueType: 'select',
      valueEnum: GRID_KIND_LABELS,
      search: { transform: (kind) => ({ kind }) },
    },
    { title: '所属社区', dataIndex: 'communityName', search: false },
    { title: '所属街道', dataIndex: 'streetName', search: false },
    {
      title: '操作',
      valueType: 'option',
      width: 80,
      render: (_, r) => [<a key="view" onClick={() => setGridId(r.id)}>详情</a>],
    },
  ];

  const onSelectRegion = (r: RegionNode) => (r.level === 'grid' ? setGridId(r.id) : setRegion(r));
  const selected = region ?? tree;

  return (
    <PageContainer title="区划网格">
      <ProCard split="vertical" bordered>
        <ProCard colSpan="280px" title="行政区划" headerBordered style={{ minHeight: 480 }}>
          {loading && <Spin />}
          {tree && <RegionTree root={tree} onSelect={onSelectRegion} />}
          {!loading && !tree && <Empty description="暂无可管辖的区划" />}
        </ProCard>
        <ProCard ghost>
          <ProTable<GridRow>
            rowKey="id"
            headerTitle={selected ? `${selected.name} · 网格列表` : '网格列表'}
            columns={columns}
            params={{ regionId: region?.id }}
            request={queryGrids}
            pagination={{ defaultPageSize: 10, showSizeChanger: true }}
            search={{ labelWidth: 'auto', defaultCollapsed: false }}
            options={{ density: false, setting: false }}
            cardProps={{ bodyStyle: { paddingInline: 16 } }}
          />
        </ProCard>
      </ProCard>
      <GridDrawer gridId={gridId} onClose={() => setGridId(undefined)} />
    </PageContainer>
  );
}
