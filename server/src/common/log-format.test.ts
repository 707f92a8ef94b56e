import { logFormat, redactLog } from './log-format';

describe('log redaction', () => {
  it('masks phones, ID numbers and tokens in any log line', () => {
    const line = redactLog('bind 13812345678 id 330206199001011234 auth Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOjE1fQabc.RngfAXwysKEAP_KERCfJ');
    expect(line).not.toMatch(/13812345678|330206199001011234|eyJhbGci/);
    expect(line).toContain('138****5678');
    expect(line).toContain('[token]');
  });

  it('writes one JSON object per line when LOG_FORMAT=json', () => {
    process.env.LOG_FORMAT = 'json';
    try {
      const out = JSON.parse(logFormat({ timestamp: 0, LEVEL: 'INFO', pid: 1, message: 'phone 13900001111' }));
      expect(out).toEqual({ time: '1970-01-01T00:00:00.000Z', level: 'INFO', pid: 1, msg: 'phone 139****1111' });
    } finally {
      delete process.env.LOG_FORMAT;
    }
  });
});
