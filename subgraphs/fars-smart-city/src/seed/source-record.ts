import type { Citation } from '@hamyar/shared';
import type { SmartCityArea, SmartCityStatus } from '../entities';

/**
 * The smart-city initiatives the source record reports (news 003): Fars's cooperation organization made an
 * initial MoU with the municipality in six technology areas, "the most important of them smart parking and
 * especially smart fruit-and-vegetable markets and bazaars". Only those two are named, so only those two are
 * here; the report names neither the municipality nor any date, so those stay null, and an MoU that is only
 * initial means the work is PLANNED. Nothing else is claimed.
 */
export interface InitiativeFact {
  /** Unique within this subgraph: the id is derived from it. */
  readonly slug: string;
  readonly titleFa: string;
  readonly titleEn: string;
  readonly area: SmartCityArea;
  readonly status: SmartCityStatus;
  readonly sources: readonly Citation[];
}

/** The report's own words (its spelling kept, without zero-width non-joiners). */
const MOU_PASSAGE =
  'در شش حوزه کاری تفاهمنامه اولیه با شهرداری منعقد شده است که یکی از مهمترین آنها هوشمند سازی پارکینگها و بویژه هوشمندسازی میادین میوه و ترهبار و بازارچهها است.';

export const INITIATIVES: readonly InitiativeFact[] = [
  {
    slug: 'smart-parking',
    titleFa: 'هوشمندسازی پارکینگ‌ها',
    titleEn: 'Smart parking',
    area: 'SMART_PARKING',
    status: 'PLANNED',
    sources: [{ reportId: 'news-003', excerpt: MOU_PASSAGE }],
  },
  {
    slug: 'smart-markets',
    titleFa: 'هوشمندسازی میادین میوه و تره‌بار و بازارچه‌ها',
    titleEn: 'Smart fruit-and-vegetable markets and bazaars',
    area: 'SMART_MARKETS',
    status: 'PLANNED',
    sources: [{ reportId: 'news-003', excerpt: MOU_PASSAGE }],
  },
];
