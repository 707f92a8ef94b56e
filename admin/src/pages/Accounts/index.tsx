import type { ProColumns } from '@ant-design/pro-components';
import { PageContainer, ProTable } from '@ant-design/pro-components';
import { ROLE_LABELS, STAFF_ROLES } from '@linli/config';
import { Badge } from 'antd';
import { type AccountRow, queryAccounts } from '@/services/directory';
import { ACCOUNT_STATUS } from '@/utils/labels';

const roleEnum = Object.fromEntries(STAFF_ROLES.map((r) => [r, { text: ROLE_LABELS[r] }]));

const columns: ProColumns<AccountRow>[] = [
  { title: '关键词', dataIndex: 'keyword', hideInTable: true, fieldProps: { placeholder: '姓名或用户名' } },
  { title: '用户名', dataIndex: 'username', search: false, render: (_, r) => r.username || '—' },
  { title: '姓名', dataIndex: 'name', search: false },
  {
    title: '角色',
    dataIndex: 'role',
    valueType: 'select',
    valueEnum: roleEnum,
    render: (_, r) => r.roleLabel,
  },
  { title: '管辖区域', dataIndex: 'regionName', search: false, render: (_, r) => r.regionName ?? '—' },
  { title: '联系电话', dataIndex: 'phoneMasked', search: false, render: (_, r) => r.phoneMasked ?? '—' },
  {
    title: '状态',
    dataIndex: 'status',
    search: false,
    render: (_, r) => {
      const s = ACCOUNT_STATUS[r.locked ? 'locked' : r.status];
      return s ? <Badge status={s.status.toLowerCase() as any} text={s.text} /> : r.status;
    },
  },
];

/** Read-only list inside the viewer's scope; the server filters by scope. */
export default function Accounts() {
  return (
    <PageContainer title="账号管理">
      <ProTable<AccountRow>
        rowKey="id"
        headerTitle="工作人员账号"
        columns={columns}
        request={queryAccounts}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        search={{ labelWidth: 'auto' }}
        options={{ density: false, setting: false }}
      />
    </PageContainer>
  );
}
