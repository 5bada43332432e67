import fs from 'node:fs';
import path from 'node:path';
import { normalizePersian, SOURCE_REPORTS } from '@hamyar/shared';

/** The source reports, byte for byte as the source record holds them (copied into shared/news). */
const NEWS_DIR = path.resolve(__dirname, '..', '..', 'shared', 'news');

export function reportText(reportId: string): string {
  const report = SOURCE_REPORTS.find((r) => r.id === reportId);
  if (!report) throw new Error(`unknown report ${reportId}`);
  return fs.readFileSync(path.join(NEWS_DIR, report.file), 'utf8');
}

/**
 * A comparison key for names: Persian letters and digits normalised, spaces and zero-width non-joiners
 * dropped, since the reports' files lost their ZWNJs ("آیتالله" for آیت‌الله).
 */
function nameKey(text: string): string {
  return normalizePersian(text).replace(/[\s\u200c]+/g, '');
}

export function mentions(text: string, name: string): boolean {
  return nameKey(text).includes(nameKey(name));
}

const WORD_NUMBERS: Record<string, number> = { یک: 1, دو: 2, سه: 3, چهار: 4, پنج: 5, شش: 6, هفت: 7, هشت: 8, نه: 9, ده: 10 };
const MULTIPLIERS: Record<string, number> = { هزار: 1_000, میلیون: 1_000_000, میلیارد: 1_000_000_000 };

/** The number a report writes, in digits of any script or in words, with هزار/میلیون/میلیارد: "20 هزار" is 20000. */
export function parseReportedNumber(text: string): number | null {
  const match = normalizePersian(text).match(/(\d[\d,]*|یک|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده)\s*(هزار|میلیون|میلیارد)?/);
  if (!match) return null;
  const base = WORD_NUMBERS[match[1]] ?? Number(match[1].replace(/,/g, ''));
  return base * (match[2] ? MULTIPLIERS[match[2]] : 1);
}

/** The qualifier a passage gives a figure: "over" (بیش از) a lower bound, "about" (حدود), "up to" (حداکثر), "a to b" a range. */
export function qualifierIn(passage: string, figureText: string): 'EXACT' | 'AT_LEAST' | 'ABOUT' | 'AT_MOST' | 'RANGE' {
  const text = normalizePersian(figureText);
  if (/(بیش از|بالغ بر|بیشتر از)/.test(text)) return 'AT_LEAST';
  if (/(حدود|حدودا|نزدیک به|تقریبا)/.test(text)) return 'ABOUT';
  if (/(حداکثر|کمتر از)/.test(text)) return 'AT_MOST';
  if (/\d\s*تا\s*\d/.test(text)) return 'RANGE';
  // The figure's own words carry no qualifier: it must not be inside a qualified phrase of the passage either.
  const at = normalizePersian(passage).indexOf(text);
  const before = at > 0 ? normalizePersian(passage).slice(Math.max(0, at - 12), at) : '';
  if (/(بیش از|بالغ بر)\s*$/.test(before)) return 'AT_LEAST';
  if (/(حدود|نزدیک به)\s*$/.test(before)) return 'ABOUT';
  return 'EXACT';
}
