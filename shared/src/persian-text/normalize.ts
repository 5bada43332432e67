/**
 * The search key of a Persian (or mixed) text: one spelling whatever keyboard typed it. Arabic yeh and kaf
 * become Persian ی and ک, Persian and Arabic-Indic digits become ASCII, tatweel and diacritics go, the
 * zero-width non-joiner counts as a space, and runs of white space fold to one. Used on write (normalised
 * columns) and on query, so "۴۱۳۴", "٤١٣٤" and "4134" find the same MoU.
 */
export function normalizePersian(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) out += mapChar(char);
  return out.replace(/\s+/g, ' ').trim().toLowerCase();
}

const ARABIC_YEH = /[\u064A\u0649]/;
const ARABIC_KAF = '\u0643';
const TATWEEL = '\u0640';
const ZWNJ = '\u200C';
/** Harakat, tanwin, shadda, sukun, superscript alef and the other combining marks of the Arabic block. */
const DIACRITIC = /[\u064B-\u065F\u0670\u06D6-\u06ED]/;

/** Persian (۰-۹) and Arabic-Indic (٠-٩) digits as ASCII; every other character as it is. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, asciiDigit);
}

function asciiDigit(char: string): string {
  const code = char.charCodeAt(0);
  return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
}

function mapChar(char: string): string {
  if (/[\u06F0-\u06F9\u0660-\u0669]/.test(char)) return asciiDigit(char);
  if (ARABIC_YEH.test(char)) return '\u06CC';
  if (char === ARABIC_KAF) return '\u06A9';
  if (char === TATWEEL || DIACRITIC.test(char)) return '';
  if (char === ZWNJ) return ' ';
  return char;
}

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';

/** ASCII digits to Persian ones, for text shown to a Persian reader. */
export function toPersianDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => PERSIAN_DIGITS[Number(d)]);
}
