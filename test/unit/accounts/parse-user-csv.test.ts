import { parseUserCsv } from '../../../src/accounts/parse-user-csv';

describe('parseUserCsv', () => {
  it('keeps good rows and reports bad ones by line number', () => {
    const csv = [
      'id,name,unit,role',
      'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee,Nguyễn Văn A,Sở Nội vụ,user',
      'not-an-id,Trần Thị B,Sở Nội vụ,user',
      'c.le@bacninh.gov.vn,Lê Văn C,Sở Tài chính,quản trị đơn vị',
      'd.pham@bacninh.gov.vn,,Sở Tài chính,user',
      'e.vo@bacninh.gov.vn,Võ E,Sở Tài chính,giám đốc',
      '',
      'f.do@bacninh.gov.vn,Đỗ F,UBND phường Suối Hoa',
      'g@bacninh.gov.vn,G,Sở Y tế,user,extra',
      'C.LE@bacninh.gov.vn,Lê Văn C,Sở Tài chính,user',
    ].join('\n');
    const r = parseUserCsv(csv);
    expect(r.kind).toBe('parsed');
    if (r.kind !== 'parsed') return;
    expect(r.rows.map((x) => [x.line, x.user.id, x.user.role])).toEqual([
      [2, 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee', 'user'],
      [4, 'c.le@bacninh.gov.vn', 'unit_admin'],
    ]);
    expect(r.errors.map((e) => e.line)).toEqual([3, 5, 6, 8, 9, 10]);
    expect(r.errors[0].message).toMatch(/id/);
    expect(r.errors[1].message).toMatch(/name/);
    expect(r.errors[2].message).toMatch(/role/);
    expect(r.errors[5].message).toMatch(/duplicate.*line 4/);
  });

  it('defaults an empty role to user and accepts semicolons, a BOM and CRLF (Excel)', () => {
    const r = parseUserCsv('\uFEFFid;name;unit;role\r\na@x.gov.vn;Nguyễn A;UBND xã Tam Đa;\r\n');
    expect(r).toMatchObject({ kind: 'parsed', errors: [], rows: [{ line: 2, user: { id: 'a@x.gov.vn', name: 'Nguyễn A', unit: 'UBND xã Tam Đa', role: 'user' } }] });
  });

  it('numbers rows after a quoted field spanning lines by where they start', () => {
    const r = parseUserCsv('id,name,unit,role\n"a@x.gov.vn","Nguyễn\nA",Sở Y tế,user\nbad,B,Sở Y tế,user\n');
    expect(r.kind === 'parsed' && r.errors.map((e) => e.line)).toEqual([4]);
  });

  it('rejects a file whose header is not id,name,unit,role', () => {
    expect(parseUserCsv('ma,ten,donvi\nx,y,z')).toMatchObject({ kind: 'invalid', line: 1, message: expect.stringContaining('missing id,name,unit') });
    expect(parseUserCsv('')).toMatchObject({ kind: 'invalid' });
  });

  it('rejects unreadable CSV with the line of the problem', () => {
    expect(parseUserCsv('id,name,unit,role\na@x.gov.vn,"unclosed,Sở,user\n')).toMatchObject({ kind: 'invalid' });
  });
});
