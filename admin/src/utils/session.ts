import { history } from '@umijs/max';
import { LOGIN_PATH, TOKEN_KEY } from '@/constants';

/** history.location.pathname still carries the /admin/ base; history.push adds it back. */
export const onLoginPage = () => history.location.pathname.endsWith(LOGIN_PATH);

export function goLogin() {
  if (onLoginPage()) return;
  const { pathname, search } = history.location;
  history.replace(`${LOGIN_PATH}?redirect=${encodeURIComponent(pathname + search)}`);
}

export function logout() {
  localStorage.removeItem(TOKEN_KEY);
  history.replace(LOGIN_PATH);
}
