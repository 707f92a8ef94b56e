import { columnName, crc32, readXlsx, unzip, writeXlsx } from './xlsx';

describe('xlsx writer', () => {
  const book = writeXlsx([
    { name: '答卷', rows: [['序号', '意见'], [1, '多种点树 & <花>'], [2, '=HYPERLINK("http://x")'], [3, null, '第三列']], widths: [6, 40] },
    { name: 'a/b:c*d?[e]但名字很长很长很长很长很长很长很长很长很长很长', rows: [['x']] },
  ]);

  it('is a zip with the parts Excel requires', () => {
    const parts = [...unzip(book).keys()];
    expect(parts).toEqual(expect.arrayContaining([
      '[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml',
      'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml',
    ]));
  });

  it('reads back the cells, with text escaped and never turned into a formula', () => {
    const sheets = readXlsx(book);
    expect(sheets.get('答卷')).toEqual([['序号', '意见'], ['1', '多种点树 & <花>'], ['2', '=HYPERLINK("http://x")'], ['3', '', '第三列']]);
    const sheet1 = unzip(book).get('xl/worksheets/sheet1.xml')!.toString();
    expect(sheet1).not.toContain('<f>');
  });

  it('makes sheet names Excel accepts', () => {
    const [, second] = [...readXlsx(book).keys()];
    expect(second.length).toBeLessThanOrEqual(31);
    expect(second).not.toMatch(/[[\]:*?/\\]/);
  });

  it('uses standard CRC-32 and column names', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect([0, 25, 26, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('is byte-identical for the same content (no timestamps inside)', () => {
    expect(writeXlsx([{ name: 's', rows: [['a']] }]).equals(writeXlsx([{ name: 's', rows: [['a']] }]))).toBe(true);
  });
});
