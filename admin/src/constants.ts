export const TOKEN_KEY = 'linli_token';
export const LOGIN_PATH = '/user/login';
