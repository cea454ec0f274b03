import { describe, expect, it } from 'vitest';
import { checkNationalNumber } from '../../lib/targeting/identifiers';

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
