import type { ProColumns } from '@ant-design/pro-components';
import { PageContainer, ProTable } from '@ant-design/pro-components';
import { DEFAULT_DEPARTMENTS, EVENT_LEVEL_LABELS } from '@linli/config';
import { useAccess } from '@umijs/max';
import { Badge, Tag } from 'antd';
import { type CategoryRow, fetchCategories, fetchDepartments } from '@/services/directory';

const LEVEL_COLORS = { 1: 'green', 2: 'blue', 3: 'orange', 4: 'red' } as const;

type Row = CategoryRow & { departmentName: string };

const columns: ProColumns<Row>[] = [
  { title: '分类名称', dataIndex: 'name' },
  { title: '分类编码', dataIndex: 'code' },
  { title: '大类', dataIndex: 'group' },
  {
    title: '默认处置层级',
    dataIndex: 'defaultLevel',
    render: (_, r) => <Tag color={LEVEL_COLORS[r.defaultLevel]}>{EVENT_LEVEL_LABELS[r.defaultLevel] ?? r.defaultLevel}</Tag>,
  },
  { title: '签收时限', dataIndex: 'signHours', render: (_, r) => `${r.signHours} 小时` },
  { title: '办结时限', dataIndex: 'handleHours', render: (_, r) => `${r.handleHours} 小时` },
  { title: '责任部门', dataIndex: 'departmentName', render: (_, r) => r.departmentName || '—' },
  {
    title: '状态',
    dataIndex: 'enabled',
    render: (_, r) => (r.enabled === false ? <Badge status="default" text="已停用" /> : <Badge status="success" text="启用" />),
  },
];

/** Read-only for now; editing comes with category:write. */
export default function Categories() {
  const access = useAccess();
  const load = async () => {
    const [categories, departments] = await Promise.all([
      fetchCategories(),
      access['department:read'] ? fetchDepartments().catch(() => []) : [],
    ]);
    const names = new Map<string, string>(DEFAULT_DEPARTMENTS.map((d) => [d.code, d.name]));
    departments.forEach((d) => names.set(d.code, d.name));
    const data: Row[] = categories.map((c) => ({
      ...c,
      departmentName: c.departmentCode ? names.get(c.departmentCode) ?? c.departmentCode : '',
    }));
    return { data, total: data.length, success: true };
  };

  return (
    <PageContainer title="事件分类" content="各类事件的默认处置层级、签收与办结时限。">
      <ProTable<Row>
        rowKey="code"
        headerTitle="分类列表"
        columns={columns}
        search={false}
        options={{ density: false, setting: false }}
        request={load}
        pagination={{ defaultPageSize: 20, hideOnSinglePage: true }}
      />
    </PageContainer>
  );
}
