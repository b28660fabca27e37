/**
 * ISBN check digits (ISO 2108). A seed source's ISBN is written as digits only, so two spellings of
 * one book cannot both pass; the check digit catches a mistyped or transposed digit.
 */
export function isValidIsbn(value: string): boolean {
  if (/^\d{9}[\dX]$/.test(value)) return isbn10CheckOk(value);
  if (/^97[89]\d{10}$/.test(value)) return isbn13CheckOk(value);
  return false;
}

function isbn10CheckOk(value: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const digit = value[i] === "X" ? 10 : Number(value[i]);
    sum += digit * (10 - i);
  }
  return sum % 11 === 0;
}

function isbn13CheckOk(value: string): boolean {
  let sum = 0;
  for (let i = 0; i < 13; i++) sum += Number(value[i]) * (i % 2 === 0 ? 1 : 3);
  return sum % 10 === 0;
}
