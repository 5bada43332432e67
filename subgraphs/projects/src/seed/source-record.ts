import type { Citation } from '@hamyar/shared';
import type { FundingKind } from '../entities/funding-source.entity';
import type { ProjectSector, ProjectStatus } from '../entities/investment-project.entity';
import type { ProjectPartyRole } from '../entities/project-party.entity';

/**
 * The investment projects the source record reports, each with the passage that states it. Fields the
 * reports do not give stay null: no capacity, dates or jobs are reported for any of them, and a status only
 * where a report states one ("approved", "entered the executive phase", "we are trying to set up").
 */
export interface ProjectFact {
  readonly slug: string;
  readonly provinceCode: string;
  readonly titleFa: string;
  readonly titleEn: string;
  readonly descriptionFa: string | null;
  readonly sector: ProjectSector;
  /** Only where a report states it (the passage is among `sources`); null otherwise. */
  readonly status: ProjectStatus | null;
  /** As reported, before conversion to rials. */
  readonly budget?: { readonly min: bigint; readonly max: bigint; readonly unit: 'TOMAN' | 'RIAL'; readonly text: string };
  readonly funding?: readonly { kind: FundingKind; nameFa: string | null }[];
  readonly parties?: readonly { nameFa: string; nameEn: string; role: ProjectPartyRole }[];
  readonly sources: readonly Citation[];
}

const BILLION = 1_000_000_000n;

export const PROJECTS: readonly ProjectFact[] = [
  {
    slug: 'mazandaran/solar-power-plants',
    provinceCode: 'IR-02',
    titleFa: 'احداث نیروگاه‌های خورشیدی',
    titleEn: 'Building solar power plants',
    descriptionFa:
      'احداث نیروگاه‌های خورشیدی به تصویب شورای سازمان همیاری رسید؛ شهرداری‌ها، دهیاری‌ها و دستگاه‌های اجرایی استان در قالب تفاهم‌نامه مشترک با محوریت سازمان همیاری اجرا می‌کنند.',
    sector: 'ENERGY',
    status: 'APPROVED',
    parties: [
      { nameFa: 'شهرداری‌های استان مازندران', nameEn: 'Municipalities of Mazandaran province', role: 'IMPLEMENTER' },
      { nameFa: 'دهیاری‌های استان مازندران', nameEn: 'Dehyaris (village administrations) of Mazandaran province', role: 'IMPLEMENTER' },
      { nameFa: 'دستگاه‌های اجرایی استان مازندران', nameEn: 'Executive bodies of Mazandaran province', role: 'IMPLEMENTER' },
    ],
    sources: [
      { reportId: 'news-002', excerpt: 'موضوع احداث نیروگاه های خورشیدی در شورای سازمان همیاری شهرداری ها مطرح و به تصویب رسید.' },
      {
        reportId: 'news-002',
        excerpt:
          'مقرر شده است شهرداری ها، دهیاری ها و دستگاه های اجرایی استان در قالب تفاهم نامه مشترک با محوریت سازمان همیاری شهرداری های استان نسبت به اجرای پروژه های نیروگاه خورشیدی اقدام کنند.',
      },
    ],
  },
  {
    slug: 'mazandaran/stalled-waste-projects',
    provinceCode: 'IR-02',
    titleFa: 'تکمیل پروژه‌های بر زمین مانده پسماند',
    titleEn: 'Completing stalled waste-management projects',
    descriptionFa:
      'پروژه‌های بر زمین مانده پسماند در سطح استان یکی پس از دیگری تکمیل و وارد فاز اجرایی می‌شوند؛ رویکرد سازمان جذب سرمایه‌گذاری بخش خصوصی برای ساماندهی یکپارچه پسماند است.',
    sector: 'WASTE_MANAGEMENT',
    status: 'IN_PROGRESS',
    sources: [
      { reportId: 'news-002', excerpt: 'پروژه های بر زمین مانده پسماند در سطح استان یکی پس از دیگری تکمیل و وارد فاز اجرایی شده است.' },
      {
        reportId: 'news-002',
        excerpt: 'رویکرد سازمان همیاری ایجاد ساختارهای تخصصی و جذب سرمایه گذاری بخش خصوصی برای ساماندهی یکپارچه پسماند است',
      },
    ],
  },
  {
    slug: 'fars/polymer-asphalt',
    provinceCode: 'IR-07',
    titleFa: 'اجرای آسفالت پلیمری',
    titleEn: 'Polymer asphalt paving',
    descriptionFa: 'اجرای آسفالت پلیمری که به جهت ویژگی‌های منحصربه‌فرد و مقاومت آن مورد استقبال شهرداری‌ها قرار گرفته است.',
    sector: 'ROADS_AND_PAVING',
    status: null,
    sources: [
      {
        reportId: 'news-003',
        excerpt:
          'اجرای آسفالت پلیمری در دستور کار قرار داد و به جهت ویژگیهای منحصربهفرد و مقاومت آن مورد استقبال شهرداریها قرار گرفته است.',
      },
    ],
  },
  {
    slug: 'fars/jannat-hospital',
    provinceCode: 'IR-07',
    titleFa: 'احداث بیمارستان جنت',
    titleEn: 'Building the Jannat hospital',
    descriptionFa: 'احداث بیمارستان جنت متعلق به بنیاد شهید.',
    sector: 'HEALTH',
    status: null,
    budget: { min: 20n * BILLION, max: 20n * BILLION, unit: 'TOMAN', text: '۲۰ میلیارد تومان' },
    parties: [{ nameFa: 'بنیاد شهید', nameEn: 'Martyr Foundation', role: 'OWNER' }],
    sources: [{ reportId: 'news-003', excerpt: 'احداث بیمارستان جنت با ۲۰ میلیارد تومان متعلق به بنیاد شهید' }],
  },
  {
    slug: 'fars/zand-boulevard-office-building',
    provinceCode: 'IR-07',
    titleFa: 'ساختمان اداری سازمان در بلوار زند',
    titleEn: "The organization's office building on Zand Boulevard",
    descriptionFa: 'عملیات اجرایی ساختمان اداری سازمان در بلوار زند با اعتبار اولیه ۱۳۰ تا ۱۵۰ میلیارد تومان.',
    sector: 'PUBLIC_BUILDINGS',
    status: null,
    budget: { min: 130n * BILLION, max: 150n * BILLION, unit: 'TOMAN', text: '۱۳۰ تا ۱۵۰ میلیارد تومان (اعتبار اولیه)' },
    sources: [
      { reportId: 'news-003', excerpt: 'احداث عملیات اجرایی ساختمان اداری سازمان در بلوار زند با اعتبار اولیه ۱۳۰ تا ۱۵۰ میلیارد تومان' },
    ],
  },
  {
    slug: 'fars/smart-parking-and-markets',
    provinceCode: 'IR-07',
    titleFa: 'هوشمندسازی پارکینگ‌ها و میادین میوه و تره‌بار و بازارچه‌ها',
    titleEn: 'Smart parking and smart fruit-and-vegetable markets and bazaars',
    descriptionFa: 'از مهم‌ترین حوزه‌های تفاهم‌نامه اولیه فناوری با شهرداری در شش حوزه کاری.',
    sector: 'TECHNOLOGY',
    status: null,
    sources: [
      {
        reportId: 'news-003',
        excerpt:
          'در شش حوزه کاری تفاهمنامه اولیه با شهرداری منعقد شده است که یکی از مهمترین آنها هوشمند سازی پارکینگها و بویژه هوشمندسازی میادین میوه و ترهبار و بازارچهها است.',
      },
    ],
  },
  {
    slug: 'fars/startup-offices-applied-science-university',
    provinceCode: 'IR-07',
    titleFa: 'دفاتر حمایت از طرح‌های دانش‌بنیان و استارتاپ‌ها در دانشگاه علمی کاربردی',
    titleEn: 'Offices for knowledge-based startups at the University of Applied Science',
    descriptionFa: 'راه‌اندازی دفاتری در محل دانشگاه علمی کاربردی برای حمایت از طرح‌های دانش‌بنیان، استارتاپ‌ها و نخبگان.',
    sector: 'TECHNOLOGY',
    status: 'PROPOSED',
    sources: [
      {
        reportId: 'news-003',
        excerpt:
          'در تلاشیم دفاتری در محل دانشگاه علمی کاربردی به جهت حمایت از طرحهای دانش بنیان، استارتاپها و حمایت از نخبگان برای اولینبار در سطح کشور راهاندازی شود.',
      },
    ],
  },
];
