import { EnvironmentOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import type { StaffProfile } from '@linli/config';
import { Avatar, Dropdown, Space, Tag } from 'antd';

/** Header right side: scope ("镇海区 · 区级管理员"), the user's name and a logout menu. */
export default function HeaderRight({ user, onLogout }: { user?: StaffProfile; onLogout: () => void }) {
  if (!user) return null;
  return (
    <Space size={12} style={{ paddingInline: 12 }}>
      <Tag icon={<EnvironmentOutlined />} color="blue" data-testid="scope" style={{ marginInlineEnd: 0 }}>
        {user.scope.regionName} · {user.roleLabel}
      </Tag>
      <Dropdown
        menu={{ items: [{ key: 'logout', icon: <LogoutOutlined />, label: '退出登录', onClick: onLogout }] }}
      >
        <Space size={6} style={{ cursor: 'pointer' }} data-testid="current-user">
          <Avatar size="small" icon={<UserOutlined />} style={{ backgroundColor: '#1677ff' }} />
          <span>{user.name}</span>
        </Space>
      </Dropdown>
    </Space>
  );
}
