import type { ProColumns } from '@ant-design/pro-components';
import { PageContainer, ProTable } from '@ant-design/pro-components';
import { type DepartmentRow, fetchDepartments } from '@/services/directory';

const columns: ProColumns<DepartmentRow>[] = [
  { title: '部门名称', dataIndex: 'name' },
  { title: '部门编码', dataIndex: 'code', copyable: true },
  { title: '所属区县', dataIndex: 'regionName', render: (_, r) => r.regionName || '—' },
];

/** Read-only for now; editing comes with department:write. */
export default function Departments() {
  return (
    <PageContainer title="职能部门">
      <ProTable<DepartmentRow>
        rowKey="id"
        headerTitle="部门列表"
        columns={columns}
        search={false}
        options={{ density: false, setting: false }}
        request={async () => {
          const data = await fetchDepartments();
          return { data, total: data.length, success: true };
        }}
        pagination={{ defaultPageSize: 20, hideOnSinglePage: true }}
      />
    </PageContainer>
  );
}
