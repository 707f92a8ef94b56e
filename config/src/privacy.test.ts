import { maskIdNumber, maskName, maskPhone, redactText, PHONE_PATTERN } from './privacy';

describe('privacy masks', () => {
  it('masks a mobile number keeping the first 3 and last 4 digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone(null)).toBeNull();
    expect(maskPhone('12345')).toBe('*****');
  });

  it('masks an ID number keeping 4 digits at each end', () => {
    expect(maskIdNumber('330206199001011234')).toBe('3302**********1234');
  });

  it('masks a name keeping the family name', () => {
    expect(maskName('张三丰')).toBe('张**');
    expect(maskName('李')).toBe('*');
  });

  it('redacts phones and ID numbers inside text, leaves other numbers', () => {
    const line = 'login phone=13812345678 id=33020619900101123X order=20261123';
    const out = redactText(line);
    expect(out).not.toContain('13812345678');
    expect(out).not.toContain('33020619900101123X');
    expect(out).toContain('138****5678');
    expect(out).toContain('order=20261123');
  });

  it('accepts only mainland mobile numbers', () => {
    expect(PHONE_PATTERN.test('13812345678')).toBe(true);
    expect(PHONE_PATTERN.test('12812345678')).toBe(false);
    expect(PHONE_PATTERN.test('1381234567')).toBe(false);
  });
});
