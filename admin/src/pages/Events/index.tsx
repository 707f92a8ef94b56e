import { PlusOutlined } from '@ant-design/icons';
import type { ActionType, ProColumns } from '@ant-design/pro-components';
import { PageContainer, ProTable } from '@ant-design/pro-components';
import { history, Link } from '@umijs/max';
import { Button, Tag, Typography } from 'antd';
import { useRef } from 'react';
import WarningDot from '@/components/WarningDot';
import { fetchCategories } from '@/services/directory';
import { queryEvents, type StaffEvent } from '@/services/events';
import { CHANNEL_LABELS, channelEnum, fmtTime, STATUS_COLOURS, statusEnum } from '@/utils/eventLabels';
import HotlineModal from './HotlineModal';

const columns: ProColumns<StaffEvent>[] = [
  { title: '关键词', dataIndex: 'keyword', hideInTable: true, fieldProps: { placeholder: '编号、描述或地址' } },
  {
    title: '只看待我处理',
    dataIndex: 'mine',
    valueType: 'switch',
    hideInTable: true,
  },
  {
    title: '编号',
    dataIndex: 'no',
    search: false,
    width: 150,
    render: (_, r) => <Link to={`/events/${r.id}`}>{r.no}</Link>,
  },
  {
    title: '分类',
    dataIndex: 'categoryCode',
    valueType: 'select',
    fieldProps: { showSearch: true },
    request: async () => (await fetchCategories()).map((c) => ({ label: c.name, value: c.code })),
    render: (_, r) => r.category.name,
  },
  { title: '描述', dataIndex: 'description', search: false, ellipsis: true, width: 240 },
  {
    title: '所在社区/网格',
    dataIndex: 'grid',
    search: false,
    render: (_, r) => [r.community?.name, r.grid?.name].filter(Boolean).join(' / ') || '—',
  },
  {
    title: '渠道',
    dataIndex: 'channel',
    valueType: 'select',
    valueEnum: channelEnum,
    render: (_, r) => CHANNEL_LABELS[r.channel] ?? r.channel,
  },
  {
    title: '状态',
    dataIndex: 'status',
    valueType: 'select',
    valueEnum: statusEnum,
    render: (_, r) => <Tag color={STATUS_COLOURS[r.status]}>{r.statusLabel}</Tag>,
  },
  { title: '预警', dataIndex: 'warning', search: false, render: (_, r) => <WarningDot warning={r.warning} /> },
  {
    title: '处置单位',
    dataIndex: 'target',
    search: false,
    render: (_, r) => (
      <span>
        {r.target.name || '—'}
        {r.target.assignee && <Typography.Text type="secondary">（{r.target.assignee}）</Typography.Text>}
      </span>
    ),
  },
  { title: '上报时间', dataIndex: 'createdAt', search: false, width: 140, render: (_, r) => fmtTime(r.createdAt) },
];

/** 事件办理: the events inside the viewer's scope (the server bounds the list by scope). */
export default function Events() {
  const actionRef = useRef<ActionType>();
  return (
    <PageContainer title="事件办理">
      <ProTable<StaffEvent>
        rowKey="id"
        headerTitle="事件列表"
        actionRef={actionRef}
        columns={columns}
        request={queryEvents}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        options={{ density: false, setting: false }}
        toolBarRender={() => [
          <HotlineModal
            key="hotline"
            trigger={
              <Button type="primary" icon={<PlusOutlined />}>
                热线录入
              </Button>
            }
            onCreated={(e) => history.push(`/events/${e.id}`)}
          />,
        ]}
      />
    </PageContainer>
  );
}
