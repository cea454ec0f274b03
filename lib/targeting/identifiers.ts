// Belgian national numbers (NISS/INSZ) and enterprise numbers (BCE/KBO),
// checked on the spot to catch typos (PORTAL.md, "Identifiers"). Gets a value,
// returns a verdict; the value is never kept, logged or sent anywhere.

export type NumberVerdict = 'valid' | 'invalid' | 'incomplete';

/** Digits of a number typed with or without separators ("85.07.30-033.28"), or null if it has other characters. */
function digitsOf(text: string): string | null {
  const compact = text.replace(/[\s.\-/]/g, '');
  return /^\d*$/.test(compact) ? compact : null;
}

const checkDigits = (nine: string) => 97 - (Number(nine) % 97);

/** 11 digits: YYMMDD (BIS: month + 20 or + 40), a 3-digit counter, 2 check digits; births from 2000 prefix "2". */
export function checkNationalNumber(text: string): NumberVerdict {
  const digits = digitsOf(text);
  if (digits === null || digits.length > 11) return 'invalid';
  if (digits.length < 11) return 'incomplete';
  const month = Number(digits.slice(2, 4)) % 20;
  const band = Math.floor(Number(digits.slice(2, 4)) / 20);
  const day = Number(digits.slice(4, 6));
  if (band > 2 || month > 12 || day > 31) return 'invalid';
  const nine = digits.slice(0, 9);
  const check = Number(digits.slice(9));
  return check === checkDigits(nine) || check === checkDigits(`2${nine}`) ? 'valid' : 'invalid';
}

/**
 * 10 digits starting with 0 or 1, the last two 97 − (the first eight mod 97);
 * typed as "0403.019.261", "0403 019 261" or with the VAT prefix "BE 0403019261".
 */
export function checkEnterpriseNumber(text: string): NumberVerdict {
  const digits = digitsOf(text.trim().replace(/^be\s*/i, ''));
  if (digits === null || digits.length > 10 || (digits.length > 0 && !/^[01]/.test(digits))) return 'invalid';
  if (digits.length < 10) return 'incomplete';
  return Number(digits.slice(8)) === 97 - (Number(digits.slice(0, 8)) % 97) ? 'valid' : 'invalid';
}
