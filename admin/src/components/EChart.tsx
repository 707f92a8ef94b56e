// Tree-shaken ECharts: register only the charts and components the console uses.
import { MapChart } from 'echarts/charts';
import { GeoComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/lib/core';
import type { CSSProperties } from 'react';

echarts.use([MapChart, GeoComponent, TooltipComponent, CanvasRenderer]);

export { echarts };

export default function EChart(props: {
  option: any;
  style?: CSSProperties;
  onEvents?: Record<string, (params: any) => void>;
}) {
  return <ReactEChartsCore echarts={echarts} notMerge lazyUpdate {...props} />;
}
