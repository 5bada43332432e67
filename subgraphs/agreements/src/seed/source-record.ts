import type { Citation } from '@hamyar/shared';
import type { AgreementPartyRole } from '../entities/agreement-party.entity';
import type { AgreementStatus } from '../entities/agreement.entity';

/** Fields of cooperation named in the record (the Mashhad summit's list first, in the report's order). */
export const COOPERATION_AREAS: readonly { code: string; nameFa: string; nameEn: string }[] = [
  { code: 'TOURISM', nameFa: 'گردشگری', nameEn: 'Tourism' },
  { code: 'DIGITAL_MARKETING', nameFa: 'بازاریابی دیجیتال', nameEn: 'Digital marketing' },
  { code: 'URBAN_MANAGEMENT_EXPERIENCE', nameFa: 'انتقال تجربیات مدیریت شهری', nameEn: 'Transfer of urban-management experience' },
  { code: 'INTERPROVINCIAL_REVENUE_PROJECTS', nameFa: 'تعریف طرح‌های درآمدزای بین استانی', nameEn: 'Inter-provincial revenue projects' },
  { code: 'EXPORT_IMPORT', nameFa: 'اجرای طرح‌های صادراتی و وارداتی', nameEn: 'Export and import projects' },
  { code: 'MATERIALS_AND_EQUIPMENT_SUPPLY', nameFa: 'تامین مصالح و تجهیزات', nameEn: 'Supply of materials and equipment' },
  { code: 'TRANSSHIPMENT_AND_TRANSIT', nameFa: 'ترانشیپ و ترانزیت', nameEn: 'Transshipment and transit' },
  { code: 'MACHINERY_SUPPLY', nameFa: 'تامین ماشین آلات', nameEn: 'Supply of machinery' },
  { code: 'URBAN_WASTE_SERVICES', nameFa: 'خدمات فنی و تخصصی و مشاوره‌ای پسماند شهری', nameEn: 'Technical, specialist and consulting services for urban waste' },
  { code: 'STOCK_EXCHANGE', nameFa: 'اقدامات بورسی', nameEn: 'Stock-exchange activities' },
  { code: 'CREDIT_LINES', nameFa: 'ایجاد ردیف‌های اعتباری', nameEn: 'Credit lines' },
  { code: 'SPECIALISED_EXHIBITIONS', nameFa: 'برگزاری نمایشگاه‌های تخصصی', nameEn: 'Specialised exhibitions' },
  { code: 'SMALL_SOLAR_POWER_PLANTS', nameFa: 'ساخت نیروگاه‌های کوچک مقیاس انرژی خورشید', nameEn: 'Small-scale solar power plants' },
  { code: 'TECHNICAL_ENGINEERING_STUDIES', nameFa: 'انجام مطالعات فنی و مهندسی', nameEn: 'Technical and engineering studies' },
  { code: 'INTERNATIONAL_TRADE', nameFa: 'تجارت بین الملل', nameEn: 'International trade' },
  { code: 'HIGH_RISE_BUILDING_RULES', nameFa: 'ضوابط بلندمرتبه‌سازی', nameEn: 'High-rise building rules' },
  { code: 'SOLAR_POWER_PLANTS', nameFa: 'احداث نیروگاه‌های خورشیدی', nameEn: 'Solar power plants' },
  { code: 'SMART_PARKING', nameFa: 'هوشمندسازی پارکینگ‌ها', nameEn: 'Smart parking' },
  { code: 'SMART_MARKETS', nameFa: 'هوشمندسازی میادین میوه و تره‌بار و بازارچه‌ها', nameEn: 'Smart fruit-and-vegetable markets and bazaars' },
  { code: 'SOCIAL_SECURITY', nameFa: 'تأمین اجتماعی', nameEn: 'Social security' },
];

export const SUMMIT_AREAS = COOPERATION_AREAS.slice(0, 15).map((a) => a.code);

export interface EventFact {
  readonly slug: string;
  readonly nameFa: string;
  readonly nameEn: string;
  readonly cityFa: string;
  readonly provinceCode: string;
  readonly hostProvinceCode: string | null;
  readonly hostNameFa: string | null;
  readonly reportedAgreementCount: number | null;
  readonly reportedPartnerProvinceCount: number | null;
  readonly expectedDirectJobs: number | null;
  readonly sources: readonly Citation[];
}

export const EVENTS: readonly EventFact[] = [
  {
    slug: 'mashhad-rank-one-summit',
    nameFa: 'اجلاس هم‌اندیشی مدیران عامل سازمان‌های همیاری شهرداری‌های استان‌های رتبه یک کشور',
    nameEn: 'Summit of the CEOs of the cooperation organizations of the rank-one provinces',
    cityFa: 'مشهد',
    provinceCode: 'IR-09',
    hostProvinceCode: 'IR-09',
    hostNameFa: null,
    reportedAgreementCount: 250,
    reportedPartnerProvinceCount: 12,
    expectedDirectJobs: 20000,
    sources: [
      { reportId: 'news-000', excerpt: 'برای اولین بار 250 عنوان تفاهم همکاری در حوزه بازرگانی و سرمایه گذاری مشترک بین سازمان های همیاری شهرداری های خراسان رضوی و 12 استان کشور به امضاء رسید.' },
      { reportId: 'news-000', excerpt: 'طرح های توسعه بازرگانی تفاهم شده بیش از 20 هزار فرصت شغلی مستقیم ایجاد کند.' },
    ],
  },
  {
    slug: 'qom-provincial-capital-mayors-meeting',
    nameFa: 'نخستین نشست شهرداران مراکز استان‌ها',
    nameEn: 'First meeting of the mayors of the provincial capitals',
    cityFa: 'قم',
    provinceCode: 'IR-25',
    hostProvinceCode: null,
    hostNameFa: 'شهرداری کلانشهر قم',
    reportedAgreementCount: null,
    reportedPartnerProvinceCount: null,
    expectedDirectJobs: null,
    sources: [{ reportId: 'news-004', excerpt: 'روز گذشته شهرداری کلانشهر قم میزبان شهرداران مراکز استانها، معاونین وزارت کشور، رئیس سازمان تأمین اجتماعی کشور و مدیرعامل صندوق نوآوری ریاست جمهوری بود.' }],
  },
];

export interface PartyFact {
  readonly provinceCode?: string;
  /** A cooperation organization is referred to by its province; another body by name. */
  readonly isCooperationOrganization: boolean;
  readonly nameFa?: string;
  readonly nameEn?: string;
  readonly role: AgreementPartyRole;
}

export interface AgreementFact {
  readonly slug: string;
  readonly numberAsReported: string | null;
  readonly titleFa: string;
  readonly titleEn: string;
  readonly descriptionFa: string | null;
  readonly signedOnJalali: string | null;
  readonly status: AgreementStatus;
  readonly eventSlug: string | null;
  readonly parties: readonly PartyFact[];
  readonly areas: readonly string[];
  /** Slugs of projects in the projects subgraph (referred to by their derived ids). */
  readonly projectSlugs: readonly string[];
  readonly sources: readonly Citation[];
}

const SUMMIT_PARTNERS: readonly { code: string; nameFa: string; nameEn: string }[] = [
  { code: 'IR-03', nameFa: 'آذربایجان شرقی', nameEn: 'East Azerbaijan' },
  { code: 'IR-04', nameFa: 'آذربایجان غربی', nameEn: 'West Azerbaijan' },
  { code: 'IR-10', nameFa: 'اصفهان', nameEn: 'Isfahan' },
  { code: 'IR-21', nameFa: 'یزد', nameEn: 'Yazd' },
  { code: 'IR-23', nameFa: 'تهران', nameEn: 'Tehran' },
  { code: 'IR-02', nameFa: 'مازندران', nameEn: 'Mazandaran' },
  { code: 'IR-11', nameFa: 'سیستان و بلوچستان', nameEn: 'Sistan and Baluchestan' },
  { code: 'IR-01', nameFa: 'گیلان', nameEn: 'Gilan' },
  { code: 'IR-06', nameFa: 'خوزستان', nameEn: 'Khuzestan' },
  { code: 'IR-08', nameFa: 'کرمان', nameEn: 'Kerman' },
  { code: 'IR-07', nameFa: 'فارس', nameEn: 'Fars' },
];

const SUMMIT_SOURCES: readonly Citation[] = [
  { reportId: 'news-000', excerpt: 'این تفاهم های همکاری با سازمان استان های آذربایجان شرقی، آذربایجان غربی، اصفهان، یزد، تهران، مازندران، سیستان و بلوچستان،گیلان، خوزستان، کرمان، فارس انجام شد.' },
];

/**
 * The summit's 250 MoUs are reported as a total with 12 provinces, 11 of them named and no per-province count:
 * the record holds one agreement per named partner standing for that partner's share, and the event keeps
 * the reported totals.
 */
const SUMMIT_AGREEMENTS: readonly AgreementFact[] = SUMMIT_PARTNERS.map((partner) => ({
  slug: `mashhad-rank-one-summit/${partner.code}`,
  numberAsReported: null,
  titleFa: `تفاهم‌نامه‌های همکاری بازرگانی و سرمایه‌گذاری مشترک سازمان‌های همیاری شهرداری‌های خراسان رضوی و ${partner.nameFa}`,
  titleEn: `Trade and joint-investment cooperation MoUs of the cooperation organizations of Razavi Khorasan and ${partner.nameEn}`,
  descriptionFa:
    'بخشی از ۲۵۰ تفاهم همکاری امضاشده در اجلاس مشهد میان سازمان همیاری شهرداری‌های خراسان رضوی و سازمان‌های همیاری ۱۲ استان؛ گزارش تعداد تفاهم‌نامه‌های هر استان را نگفته است.',
  signedOnJalali: null,
  status: 'SIGNED',
  eventSlug: 'mashhad-rank-one-summit',
  parties: [
    { provinceCode: 'IR-09', isCooperationOrganization: true, role: 'SIGNATORY' },
    { provinceCode: partner.code, isCooperationOrganization: true, role: 'SIGNATORY' },
  ],
  areas: SUMMIT_AREAS,
  projectSlugs: [],
  sources: SUMMIT_SOURCES,
}));

export const AGREEMENTS: readonly AgreementFact[] = [
  {
    slug: 'mazandaran/4134-high-rise-rules',
    numberAsReported: '۴۱۳۴',
    titleFa: 'تفاهم‌نامه ضوابط بلندمرتبه‌سازی',
    titleEn: 'MoU on high-rise building rules',
    descriptionFa: 'تفاهم‌نامه میان سازمان همیاری شهرداری‌های مازندران و اداره کل راه و شهرسازی استان در حوزه ضوابط بلندمرتبه‌سازی؛ اجرای آن در دستور کار سازمان قرار گرفته است.',
    signedOnJalali: '1404-10-15',
    status: 'SIGNED',
    eventSlug: null,
    parties: [
      { provinceCode: 'IR-02', isCooperationOrganization: true, role: 'SIGNATORY' },
      { provinceCode: 'IR-02', isCooperationOrganization: false, nameFa: 'اداره کل راه و شهرسازی استان مازندران', nameEn: 'Directorate General of Roads and Urban Development of Mazandaran Province', role: 'SIGNATORY' },
    ],
    areas: ['HIGH_RISE_BUILDING_RULES'],
    projectSlugs: [],
    sources: [
      { reportId: 'news-002', excerpt: 'وی در ادامه به پیگیری اجرای تفاهم نامه شماره ۴۱۳۴ مورخ ۱۵ دی ۱۴۰۴ میان سازمان همیاری و اداره کل راه و شهرسازی استان در حوزه ضوابط بلندمرتبه سازی اشاره کرد و گفت: این موضوع برای اجرا در دستور کار سازمان قرار گرفته است.' },
    ],
  },
  {
    slug: 'mazandaran/joint-solar-mou',
    numberAsReported: null,
    titleFa: 'تفاهم‌نامه مشترک اجرای پروژه‌های نیروگاه خورشیدی',
    titleEn: 'Joint MoU for carrying out solar power plant projects',
    descriptionFa: 'شهرداری‌ها، دهیاری‌ها و دستگاه‌های اجرایی استان در قالب تفاهم‌نامه مشترک با محوریت سازمان همیاری پروژه‌های نیروگاه خورشیدی را اجرا می‌کنند؛ مقرر شده است و امضای آن گزارش نشده است.',
    signedOnJalali: null,
    status: 'PROPOSED',
    eventSlug: null,
    parties: [
      { provinceCode: 'IR-02', isCooperationOrganization: true, role: 'COORDINATOR' },
      { provinceCode: 'IR-02', isCooperationOrganization: false, nameFa: 'شهرداری‌های استان مازندران', nameEn: 'Municipalities of Mazandaran province', role: 'IMPLEMENTER' },
      { provinceCode: 'IR-02', isCooperationOrganization: false, nameFa: 'دهیاری‌های استان مازندران', nameEn: 'Dehyaris of Mazandaran province', role: 'IMPLEMENTER' },
      { provinceCode: 'IR-02', isCooperationOrganization: false, nameFa: 'دستگاه‌های اجرایی استان مازندران', nameEn: 'Executive bodies of Mazandaran province', role: 'IMPLEMENTER' },
    ],
    areas: ['SOLAR_POWER_PLANTS'],
    projectSlugs: ['mazandaran/solar-power-plants'],
    sources: [
      { reportId: 'news-002', excerpt: 'مقرر شده است شهرداری ها، دهیاری ها و دستگاه های اجرایی استان در قالب تفاهم نامه مشترک با محوریت سازمان همیاری شهرداری های استان نسبت به اجرای پروژه های نیروگاه خورشیدی اقدام کنند.' },
    ],
  },
  {
    slug: 'fars/initial-technology-mou',
    numberAsReported: null,
    titleFa: 'تفاهم‌نامه اولیه فناوری با شهرداری در شش حوزه کاری',
    titleEn: 'Initial technology MoU with the municipality in six areas',
    descriptionFa: 'تفاهم‌نامه اولیه در شش حوزه کاری؛ از مهم‌ترین آنها هوشمندسازی پارکینگ‌ها و میادین میوه و تره‌بار و بازارچه‌ها. گزارش نام شهرداری و چهار حوزهٔ دیگر را نگفته است.',
    signedOnJalali: null,
    status: 'SIGNED',
    eventSlug: null,
    parties: [
      { provinceCode: 'IR-07', isCooperationOrganization: true, role: 'SIGNATORY' },
      { provinceCode: 'IR-07', isCooperationOrganization: false, nameFa: 'شهرداری (نام در گزارش نیامده)', nameEn: 'The municipality (not named in the report)', role: 'SIGNATORY' },
    ],
    areas: ['SMART_PARKING', 'SMART_MARKETS'],
    projectSlugs: ['fars/smart-parking-and-markets'],
    sources: [
      { reportId: 'news-003', excerpt: 'در شش حوزه کاری تفاهمنامه اولیه با شهرداری منعقد شده است که یکی از مهمترین آنها هوشمند سازی پارکینگها و بویژه هوشمندسازی میادین میوه و ترهبار و بازارچهها است.' },
    ],
  },
  {
    slug: 'qom/municipalities-social-security-mou',
    numberAsReported: null,
    titleFa: 'تفاهم‌نامه میان شهرداری‌ها و سازمان تأمین اجتماعی',
    titleEn: 'MoU between the municipalities and the Social Security Organization',
    descriptionFa: 'موضوع نشستی در نخستین نشست شهرداران مراکز استان‌ها در قم؛ امضای آن گزارش نشده است.',
    signedOnJalali: null,
    status: 'PROPOSED',
    eventSlug: 'qom-provincial-capital-mayors-meeting',
    parties: [
      { isCooperationOrganization: false, nameFa: 'شهرداری‌ها', nameEn: 'Municipalities', role: 'SIGNATORY' },
      { isCooperationOrganization: false, nameFa: 'سازمان تأمین اجتماعی', nameEn: 'Social Security Organization', role: 'SIGNATORY' },
    ],
    areas: ['SOCIAL_SECURITY'],
    projectSlugs: [],
    sources: [{ reportId: 'news-004', excerpt: 'نشست با محوریت انعقاد تفاهمنامه میان شهرداریها و سازمان تأمین اجتماعی' }],
  },
  ...SUMMIT_AGREEMENTS,
];
