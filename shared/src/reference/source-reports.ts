/**
 * The source record: the five news reports every seeded fact comes from, kept byte for byte in `shared/news/`.
 * The reports carry no publication date in their text, so none is claimed here.
 */
export interface SourceReport {
  readonly id: string;
  readonly file: string;
  readonly titleFa: string;
  readonly titleEn: string;
  readonly publisherFa: string | null;
  readonly publisherEn: string | null;
  readonly publishedOn: string | null;
}

export const SOURCE_REPORTS: readonly SourceReport[] = [
  {
    id: 'news-000',
    file: '000_f77b3f794ee2aa26.txt',
    titleFa: 'انعقاد 250 تفاهم نامه بین سازمان های همیاری خراسان رضوی و 12 استان کشور',
    titleEn: '250 MoUs signed between the cooperation organizations of Razavi Khorasan and 12 provinces',
    publisherFa: 'رویداد امروز',
    publisherEn: 'Roydad-e Emruz',
    publishedOn: null,
  },
  {
    id: 'news-001',
    file: '001_958afffb8a26b47b.txt',
    titleFa: 'استفاده از توان کمیته فنی سازمان همیاری در تعریف پروژه های اقتصادی برای شهرداریها',
    titleEn: "Using the cooperation organization's technical committee to define economic projects for municipalities",
    publisherFa: 'روابط عمومی سازمان همیاری شهرداریهای خراسان رضوی',
    publisherEn: 'Public relations of the Municipalities Cooperation Organization of Razavi Khorasan',
    publishedOn: null,
  },
  {
    id: 'news-002',
    file: '002_4a18bfb90b88c4ed.txt',
    titleFa: 'استاندار مازندران محرک اجرای برنامه های اقتصادی سازمان همیاری های مازندران شد',
    titleEn: "Mazandaran's governor drives the economic programmes of Mazandaran's cooperation organization",
    publisherFa: 'اتحاد ملت',
    publisherEn: 'Ettehad-e Mellat',
    publishedOn: null,
  },
  {
    id: 'news-003',
    file: '003_ecbce8ceeec264b5.txt',
    // The report has no headline; its first sentence stands for it.
    titleFa: 'مدیرعامل سازمان همیاری شهرداریهای فارس ازجمله اهداف اصلی سازمان را شفافسازی دانست',
    titleEn: "The CEO of Fars's cooperation organization names transparency among its main aims",
    publisherFa: null,
    publisherEn: null,
    publishedOn: null,
  },
  {
    id: 'news-004',
    file: '004_420ca0d563b67650.txt',
    titleFa: 'نشست شهرداران فرصتی برای تبادل تجربه و معرفی ظرفیتهای شهر قم',
    titleEn: "The mayors' meeting, a chance to share experience and present Qom's capacities",
    publisherFa: 'خبرگزاری تسنیم',
    publisherEn: 'Tasnim News Agency',
    publishedOn: null,
  },
];

/** Reference data that is not from the news record (ISO codes, capitals) cites this pseudo-report. */
export const REFERENCE_DATA: SourceReport = {
  id: 'reference',
  file: '',
  titleFa: 'داده‌های مرجع (ISO 3166-2:IR و تقسیمات کشوری)',
  titleEn: "Reference data (ISO 3166-2:IR and the country's administrative divisions)",
  publisherFa: null,
  publisherEn: null,
  publishedOn: null,
};

export function findSourceReport(id: string): SourceReport | undefined {
  return id === REFERENCE_DATA.id ? REFERENCE_DATA : SOURCE_REPORTS.find((report) => report.id === id);
}
