// Test-only secrets: production reads these from its environment and refuses to start without them.
process.env.LINLI_APP_KEYS ??= 'test-app-keys';
process.env.LINLI_JWT_SECRET ??= 'test-jwt-secret-0123456789abcdef0123456789';
process.env.LINLI_DATA_KEY ??= 'test-data-key-0123456789abcdef0123456789';
process.env.LINLI_SEED_DEMO ??= '1';
process.env.PORT = '0'; // a free port: the WeChat client reaches the loopback sandbox over real HTTP
if (process.env.DB_TYPE === 'mysql') process.env.DB_NAME ??= 'linli_test';
