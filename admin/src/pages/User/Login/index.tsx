import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { LoginForm, ProFormText } from '@ant-design/pro-components';
import { history, useModel } from '@umijs/max';
import { Alert } from 'antd';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import Logo from '@/components/Logo';
import { TOKEN_KEY } from '@/constants';
import { login } from '@/services/auth';

/** Only same-console paths are accepted as a redirect target. */
function redirectTarget() {
  const raw = new URL(window.location.href).searchParams.get('redirect') || '';
  const path = raw.replace(/^\/admin(?=\/)/, '');
  return path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/user/') ? path : '/welcome';
}

export default function Login() {
  const { setInitialState } = useModel('@@initialState');
  const [error, setError] = useState<string>();

  const onFinish = async (values: { username: string; password: string }) => {
    setError(undefined);
    try {
      const { token, user } = await login(values);
      localStorage.setItem(TOKEN_KEY, token);
      flushSync(() => setInitialState((s: any) => ({ ...s, currentUser: user })));
      history.replace(redirectTarget());
    } catch (e: any) {
      const env = e?.info ?? e?.response?.data;
      setError(env?.errorMessage || (e?.response ? '登录失败，请稍后再试' : '无法连接服务器，请检查网络'));
    }
  };

  return (
    <div
      style={{
        minHeight: '100vh',
        paddingTop: '12vh',
        background: 'linear-gradient(180deg, #e6f0ff 0%, #f5f7fa 60%)',
      }}
    >
      <LoginForm
        logo={<Logo size={44} />}
        title="邻里"
        subTitle="网格治理平台 · 工作人员登录"
        onFinish={onFinish}
        submitter={{ searchConfig: { submitText: '登录' } }}
      >
        {error && (
          <Alert data-testid="login-error" style={{ marginBottom: 24 }} type="error" showIcon message={error} />
        )}
        <ProFormText
          name="username"
          fieldProps={{ size: 'large', prefix: <UserOutlined />, id: 'username', autoComplete: 'username' }}
          placeholder="用户名"
          rules={[{ required: true, message: '请输入用户名' }]}
        />
        <ProFormText.Password
          name="password"
          fieldProps={{ size: 'large', prefix: <LockOutlined />, id: 'password', autoComplete: 'current-password' }}
          placeholder="密码"
          rules={[{ required: true, message: '请输入密码' }]}
        />
      </LoginForm>
    </div>
  );
}
