import { PageContainer, ProCard } from '@ant-design/pro-components';
import { useRequest } from '@umijs/max';
import { Empty, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import EChart, { echarts } from '@/components/EChart';
import GridDrawer from '@/components/GridDrawer';
import { fetchGridGeoJson } from '@/services/regions';
import { communityLegend, gridMapOption } from './mapOption';

const MAP_NAME = 'linli-grids';

/** Offline grid map: the scope's grid polygons registered as an ECharts map, no tiles. */
export default function GridMap() {
  const { data: geo, loading } = useRequest(() => fetchGridGeoJson(), { formatResult: (r: any) => r });
  const [gridId, setGridId] = useState<number>();

  const view = useMemo(() => {
    if (!geo?.features?.length) return undefined;
    echarts.registerMap(MAP_NAME, geo as any);
    const legend = communityLegend(geo);
    return { legend, option: gridMapOption(MAP_NAME, geo, legend) };
  }, [geo]);

  return (
    <PageContainer title="网格地图" content="按社区着色；滚轮缩放、拖动平移，点击网格查看详情。">
      <ProCard loading={loading} bordered>
        {!loading && !view && <Empty description="管辖范围内暂无网格边界" />}
        {view && (
          <>
            <Space size={[16, 8]} wrap style={{ marginBottom: 12 }} data-testid="map-legend">
              {view.legend.map((l) => (
                <Space key={String(l.id)} size={6}>
                  <span style={{ display: 'inline-block', width: 14, height: 14, borderRadius: 3, background: l.color }} />
                  <Typography.Text>{l.name}</Typography.Text>
                  <Typography.Text type="secondary">{l.grids} 个网格</Typography.Text>
                </Space>
              ))}
            </Space>
            <EChart
              option={view.option}
              style={{ height: 'calc(100vh - 300px)', minHeight: 480 }}
              onEvents={{ click: (p) => p.data?.id && setGridId(p.data.id) }}
            />
          </>
        )}
      </ProCard>
      <GridDrawer gridId={gridId} onClose={() => setGridId(undefined)} />
    </PageContainer>
  );
}
