import { describe, expect, it } from 'vitest';
import { checkEnterpriseNumber, checkNationalNumber } from '../../lib/targeting/identifiers';

describe('checkNationalNumber', () => {
  // The valid numbers listed in PORTAL.md, BIS numbers and births from 2000 included.
  it.each(['85073003328', '93051822361', '17073003384', '01031500108', '90120100202', '75261000101', '98472899765', '01490700185', '03422000374'])(
    '%s is valid',
    (n) => expect(checkNationalNumber(n)).toBe('valid'),
  );
  it('accepts the usual separators', () => {
    expect(checkNationalNumber('85.07.30-033.28')).toBe('valid');
    expect(checkNationalNumber(' 850730 033 28 ')).toBe('valid');
  });
  it.each(['85073003329', '85073003338', '85133003328', '85073203328', '85.07.30-033.2x', '850730033281'])('%s is mistyped', (n) => {
    expect(checkNationalNumber(n)).toBe('invalid');
  });
  it('waits while the number is being typed', () => {
    expect(checkNationalNumber('850730')).toBe('incomplete');
    expect(checkNationalNumber('')).toBe('incomplete');
  });
});

describe('checkEnterpriseNumber', () => {
  // The valid numbers listed in PORTAL.md (one starting with 1).
  it.each(['0403019261', '0428759497', '0660936422', '1028230781'])('%s is valid', (n) => expect(checkEnterpriseNumber(n)).toBe('valid'));
  it('accepts dots, spaces and the BE prefix', () => {
    for (const n of ['0403.019.261', '0403 019 261', 'BE0403019261', 'BE 0403.019.261', 'be0403019261', ' 0428.759.497 ']) expect(checkEnterpriseNumber(n), n).toBe('valid');
  });
  it.each(['0431150351', '0403019262', '2403019261', '0403.019.26x', '04030192610', 'FR0403019261'])('%s is mistyped', (n) => {
    expect(checkEnterpriseNumber(n)).toBe('invalid');
  });
  it('waits while the number is being typed', () => {
    expect(checkEnterpriseNumber('0403.019')).toBe('incomplete');
    expect(checkEnterpriseNumber('BE')).toBe('incomplete');
    expect(checkEnterpriseNumber('')).toBe('incomplete');
  });
  it('reads 0123.456.7xx, 0123 456 7xx and BE01234567xx alike, check digits and all', () => {
    // 97 - (01234567 mod 97) = 49: 0123456749 is well formed, 0123456789 is not.
    for (const n of ['0123.456.749', '0123 456 749', 'BE0123456749']) expect(checkEnterpriseNumber(n), n).toBe('valid');
    for (const n of ['0123.456.789', '0123 456 789', 'BE0123456789']) expect(checkEnterpriseNumber(n), n).toBe('invalid');
  });
});
