import { RedactingTypeormLogger } from './typeorm-logger';

describe('database error logging', () => {
  it('prints neither query parameters nor personal data from the query text', () => {
    const lines: string[] = [];
    const spy = jest.spyOn(console, 'error').mockImplementation((l: string) => lines.push(l));
    try {
      new RedactingTypeormLogger().logQueryError(
        new Error("Duplicate entry '13812345678' for key 'x'"),
        "INSERT INTO event (description) VALUES (?)",
        ['联系电话13812345678，身份证330206199001011234'],
      );
    } finally {
      spy.mockRestore();
    }
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toMatch(/13812345678|330206199001011234|联系电话/);
    expect(lines[0]).toContain('138****5678');
    expect(lines[0]).toContain('1 parameters');
  });
});
