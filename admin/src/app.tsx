import type { ApiEnvelope, StaffProfile } from '@linli/config';
import type { RequestConfig, RunTimeLayoutConfig } from '@umijs/max';
import { message } from 'antd';
import HeaderRight from './components/HeaderRight';
import Logo from './components/Logo';
import { TOKEN_KEY } from './constants';
import { fetchMe } from './services/auth';
import { goLogin, logout, onLoginPage } from './utils/session';

export interface InitialState {
  currentUser?: StaffProfile;
  fetchUserInfo: () => Promise<StaffProfile | undefined>;
}

export async function getInitialState(): Promise<InitialState> {
  const fetchUserInfo = async () => {
    try {
      return await fetchMe({ skipErrorHandler: true });
    } catch {
      localStorage.removeItem(TOKEN_KEY);
      goLogin();
      return undefined;
    }
  };
  if (!onLoginPage()) {
    if (localStorage.getItem(TOKEN_KEY)) return { fetchUserInfo, currentUser: await fetchUserInfo() };
    goLogin();
  }
  return { fetchUserInfo };
}

export const layout: RunTimeLayoutConfig = ({ initialState }) => ({
  layout: 'mix',
  navTheme: 'light',
  logo: <Logo />,
  rightRender: (init, setInit) => (
    <HeaderRight
      user={init?.currentUser}
      onLogout={() => {
        setInit((s) => (s ? { ...s, currentUser: undefined } : s));
        logout();
      }}
    />
  ),
  onPageChange: () => {
    if (!initialState?.currentUser) goLogin();
  },
});

type Envelope = ApiEnvelope & { data?: unknown };

function envelopeOf(error: any): Envelope | undefined {
  return error?.info ?? error?.response?.data;
}

export const request: RequestConfig = {
  timeout: 15000,
  requestInterceptors: [
    (config: any) => {
      const token = localStorage.getItem(TOKEN_KEY);
      if (token) config.headers = { ...config.headers, Authorization: `Bearer ${token}` };
      return config;
    },
  ],
  errorConfig: {
    /** A 2xx envelope with success:false is still an error. */
    errorThrower: (res: Envelope) => {
      const error: any = new Error(res.errorMessage || '操作失败');
      error.name = 'BizError';
      error.info = res;
      throw error;
    },
    errorHandler: (error: any, opts: any) => {
      if (opts?.skipErrorHandler) return;
      const status = error?.response?.status;
      if (status === 401) {
        localStorage.removeItem(TOKEN_KEY);
        message.error(envelopeOf(error)?.errorMessage || '登录已过期，请重新登录');
        goLogin();
        return;
      }
      const text = envelopeOf(error)?.errorMessage;
      if (text) message.error(text);
      else if (error?.response) message.error(`请求失败（${status}）`);
      else message.error('网络异常，请检查网络后重试');
    },
  },
};
