import type { Citation } from '@hamyar/shared';
import type { AgreementPartyRole } from '../entities/agreement-party.entity';
import type { AgreementStatus, Derivation } from '../entities/agreement.entity';
import type { AgendaOutcome } from '../entities/event-agenda-item.entity';
import type { EventParticipantRole } from '../entities/event-participant.entity';
import type { EventKind, EventStatus } from '../entities/event.entity';

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
  {
    code: 'URBAN_WASTE_SERVICES',
    nameFa: 'خدمات فنی و تخصصی و مشاوره‌ای پسماند شهری',
    nameEn: 'Technical, specialist and consulting services for urban waste',
  },
  { code: 'STOCK_EXCHANGE', nameFa: 'اقدامات بورسی', nameEn: 'Stock-exchange activities' },
  { code: 'CREDIT_LINES', nameFa: 'ایجاد ردیف‌های اعتباری', nameEn: 'Credit lines' },
  { code: 'SPECIALISED_EXHIBITIONS', nameFa: 'برگزاری نمایشگاه‌های تخصصی', nameEn: 'Specialised exhibitions' },
  { code: 'SMALL_SOLAR_POWER_PLANTS', nameFa: 'ساخت نیروگاه‌های کوچک مقیاس انرژی خورشید', nameEn: 'Small-scale solar power plants' },
  { code: 'TECHNICAL_ENGINEERING_STUDIES', nameFa: 'انجام مطالعات فنی و مهندسی', nameEn: 'Technical and engineering studies' },
  { code: 'INTERNATIONAL_TRADE', nameFa: 'تجارت بین الملل', nameEn: 'International trade' },
  { code: 'HIGH_RISE_BUILDING_RULES', nameFa: 'ضوابط بلندمرتبه‌سازی', nameEn: 'High-rise building rules' },
  { code: 'SOLAR_POWER_PLANTS', nameFa: 'احداث نیروگاه‌های خورشیدی', nameEn: 'Solar power plants' },
  { code: 'SMART_PARKING', nameFa: 'هوشمندسازی پارکینگ‌ها', nameEn: 'Smart parking' },
  {
    code: 'SMART_MARKETS',
    nameFa: 'هوشمندسازی میادین میوه و تره‌بار و بازارچه‌ها',
    nameEn: 'Smart fruit-and-vegetable markets and bazaars',
  },
  { code: 'SOCIAL_SECURITY', nameFa: 'تأمین اجتماعی', nameEn: 'Social security' },
];

const SUMMIT_AREAS = COOPERATION_AREAS.slice(0, 15).map((a) => a.code);

export interface ParticipantFact {
  readonly nameFa: string;
  readonly nameEn: string;
  readonly role: EventParticipantRole;
  /** The province whose cooperation organization the participant is. */
  readonly organizationProvinceCode?: string;
  /** Slug of a Person of the organizations subgraph. */
  readonly personSlug?: string;
}

export interface AgendaFact {
  readonly titleFa: string;
  readonly titleEn: string;
  readonly outcome?: AgendaOutcome;
}

export interface EventFact {
  readonly slug: string;
  readonly kind: EventKind;
  /** HELD when the report says it took place; ANNOUNCED when it is still to come. */
  readonly status: EventStatus;
  readonly nameFa: string;
  readonly nameEn: string;
  readonly cityFa: string | null;
  readonly provinceCode: string | null;
  readonly hostProvinceCode: string | null;
  readonly hostNameFa: string | null;
  /** When, in the report's words, where it says anything; and the Jalali parts it names, never more. */
  readonly heldOnText?: string;
  readonly heldJalali?: { readonly year?: number; readonly month: number; readonly firstDay: number; readonly lastDay: number };
  readonly durationDays?: number;
  readonly purposeFa?: string;
  readonly purposeEn?: string;
  readonly convenerFa?: string;
  readonly convenerEn?: string;
  readonly reportedAgreementCount: number | null;
  readonly reportedPartnerProvinceCount: number | null;
  readonly expectedDirectJobs: { readonly value: number; readonly qualifier: 'EXACT' | 'AT_LEAST' | 'ABOUT' | 'AT_MOST' } | null;
  readonly participants: readonly ParticipantFact[];
  readonly agenda: readonly AgendaFact[];
  readonly sources: readonly Citation[];
}

export const EVENTS: readonly EventFact[] = [
  {
    slug: 'mashhad-rank-one-summit',
    kind: 'SUMMIT',
    status: 'HELD',
    nameFa: 'اجلاس هم‌اندیشی مدیران عامل سازمان‌های همیاری شهرداری‌های استان‌های رتبه یک کشور',
    nameEn: 'Summit of the CEOs of the cooperation organizations of the rank-one provinces',
    cityFa: 'مشهد',
    provinceCode: 'IR-09',
    hostProvinceCode: 'IR-09',
    hostNameFa: null,
    durationDays: 1,
    purposeFa: 'چابک‌سازی سازمان‌های همیاری کل کشور و بهینه‌سازی اقدامات و فعالیت‌های این نهادهای اقتصادی در تقویت مدیریت شهری',
    purposeEn: "Making the country's cooperation organizations more agile and improving their work for urban management",
    reportedAgreementCount: 250,
    reportedPartnerProvinceCount: 12,
    expectedDirectJobs: { value: 20000, qualifier: 'AT_LEAST' },
    participants: [
      {
        nameFa: 'سازمان همیاری شهرداری‌های خراسان رضوی',
        nameEn: 'Municipalities Cooperation Organization of Razavi Khorasan',
        role: 'HOST',
        organizationProvinceCode: 'IR-09',
      },
      { nameFa: 'میثم کرمانی', nameEn: 'Meysam Kermani', role: 'SPEAKER', personSlug: 'meysam-kermani' },
      {
        nameFa: 'مدیران عامل، معاونان و مدیران سازمان‌های همیاری شهرداری‌های استان‌های رتبه یک',
        nameEn: 'Chief executives, deputies and managers of the cooperation organizations of the rank-one provinces',
        role: 'PARTICIPANT',
      },
    ],
    agenda: [
      { titleFa: 'ابهامات، پیشنهادات و اصلاحات اساسنامه', titleEn: 'Questions, proposals and amendments of the statute' },
      {
        titleFa: 'ابهامات، پیشنهادات و اصلاحات آیین‌نامه معاملاتی',
        titleEn: 'Questions, proposals and amendments of the transaction rules',
      },
      { titleFa: 'ابهامات، پیشنهادات و اصلاحات چارت سازمانی', titleEn: 'Questions, proposals and amendments of the organization chart' },
    ],
    sources: [
      {
        reportId: 'news-000',
        excerpt:
          'برای اولین بار 250 عنوان تفاهم همکاری در حوزه بازرگانی و سرمایه گذاری مشترک بین سازمان های همیاری شهرداری های خراسان رضوی و 12 استان کشور به امضاء رسید.',
      },
      { reportId: 'news-000', excerpt: 'طرح های توسعه بازرگانی تفاهم شده بیش از 20 هزار فرصت شغلی مستقیم ایجاد کند.' },
      {
        reportId: 'news-000',
        excerpt: 'میثم کرمانی در اجلاس هم اندیشی سازمان همیاری استان های رتبه یک کشور به میزبانی این سازمان در مشهد برگزار شد',
      },
      {
        reportId: 'news-000',
        excerpt:
          'اجلاس هم اندیشی مدیران عامل سازمان های همیاری شهرداریهای استان های رتبه یک کشور در راستای چابک سازی سازمان های همیاری کل کشور و همچنین بهینه سازی اقدامات و فعالیتهای این نهاد های اقتصادی موثر در حوزه تقویت مدیریت شهری در شهرهای ایران به مدت یک روز با حضور مدیران عامل، معاونان و مدیران سازمان های همیاری شهرداریهای این استانها در مشهد برگزار شد',
      },
      {
        reportId: 'news-000',
        excerpt:
          'هریک از مسئولان این سازمانها، به بیان نظرات و پیشنهادات خود در خصوص ابهامات، پیشنهادات و اصلاحات اساسنامه، آیین نامه معاملاتی و چارت سازمانی پرداختند.',
      },
    ],
  },
  {
    slug: 'razavi-khorasan-technical-committee-meeting',
    kind: 'COMMITTEE_MEETING',
    status: 'HELD',
    nameFa: 'جلسه کمیته فنی و تخصصی سازمان همیاری شهرداری‌های خراسان رضوی',
    nameEn: 'Meeting of the technical and specialist committee of the cooperation organization of Razavi Khorasan',
    // The report names neither the city nor the day.
    cityFa: null,
    provinceCode: null,
    hostProvinceCode: 'IR-09',
    hostNameFa: null,
    reportedAgreementCount: null,
    reportedPartnerProvinceCount: null,
    expectedDirectJobs: null,
    participants: [
      {
        nameFa: 'نمایندگان سازمان همیاری شهرداری‌های خراسان رضوی',
        nameEn: 'Representatives of the cooperation organization of Razavi Khorasan',
        role: 'PARTICIPANT',
        organizationProvinceCode: 'IR-09',
      },
      {
        nameFa: 'مدیران و کارشناسان دفتر فنی و شهری استانداری',
        nameEn: "Managers and experts of the governorate's technical and urban office",
        role: 'PARTICIPANT',
      },
      { nameFa: 'میثم کرمانی', nameEn: 'Meysam Kermani', role: 'SPEAKER', personSlug: 'meysam-kermani' },
    ],
    agenda: [
      {
        titleFa: 'استفاده از توان کمیته فنی سازمان همیاری در تعریف پروژه های اقتصادی برای شهرداریها',
        titleEn: "Using the organization's technical committee to define economic projects for municipalities",
      },
      {
        titleFa: 'لزوم بهره گیری از حوزه های دانش بنیان در تامین کالاها و اجرای پروژه های شهرداریها',
        titleEn: "Drawing on knowledge-based fields to supply goods and carry out municipalities' projects",
      },
    ],
    sources: [
      { reportId: 'news-001', excerpt: 'در جلسه کمیته فنی تخصصی سازمان مطرح شد؛' },
      {
        reportId: 'news-001',
        excerpt:
          'میثم کرمانی در جلسه کمیته فنی و تخصصی سازمان همیاری که با حضور نمایندگان این نهاد و مدیران و کارشناسان دفتر فنی و شهری استانداری برگزار شد',
      },
      { reportId: 'news-001', excerpt: 'استفاده از توان کمیته فنی سازمان همیاری در تعریف پروژه های اقتصادی برای شهرداریها' },
      { reportId: 'news-001', excerpt: 'لزوم بهره گیری از حوزه های دانش بنیان در تامین کالاها و اجرای پروژه های شهرداریها' },
    ],
  },
  {
    slug: 'mazandaran-organization-council-solar-decision',
    kind: 'COUNCIL_MEETING',
    status: 'HELD',
    nameFa: 'شورای سازمان همیاری شهرداری‌های مازندران',
    nameEn: 'Council of the cooperation organization of Mazandaran',
    cityFa: null,
    provinceCode: 'IR-02',
    hostProvinceCode: 'IR-02',
    hostNameFa: null,
    reportedAgreementCount: null,
    reportedPartnerProvinceCount: null,
    expectedDirectJobs: null,
    participants: [],
    agenda: [{ titleFa: 'احداث نیروگاه‌های خورشیدی', titleEn: 'Building solar power plants', outcome: 'APPROVED' }],
    sources: [{ reportId: 'news-002', excerpt: 'موضوع احداث نیروگاه های خورشیدی در شورای سازمان همیاری شهرداری ها مطرح و به تصویب رسید.' }],
  },
  {
    slug: 'mazandaran-mayors-conference',
    kind: 'CONFERENCE',
    status: 'HELD',
    nameFa: 'همایش شهرداران استان مازندران',
    nameEn: 'Conference of the mayors of Mazandaran province',
    cityFa: null,
    provinceCode: 'IR-02',
    hostProvinceCode: null,
    hostNameFa: null,
    reportedAgreementCount: null,
    reportedPartnerProvinceCount: null,
    expectedDirectJobs: null,
    participants: [{ nameFa: 'محسن رضایی', nameEn: 'Mohsen Rezaei', role: 'SPEAKER', personSlug: 'mohsen-rezaei' }],
    agenda: [],
    sources: [{ reportId: 'news-002', excerpt: 'محسن رضایی در همایش شهرداران استان مازندران' }],
  },
  {
    slug: 'shiraz-startup-weekend',
    kind: 'STARTUP_EVENT',
    status: 'ANNOUNCED',
    nameFa: 'رویداد ملی استارتاپ ویکند گردشگری، فناوری و آینده',
    nameEn: 'National startup weekend on tourism, technology and the future',
    cityFa: 'شیراز',
    provinceCode: 'IR-07',
    hostProvinceCode: null,
    hostNameFa: 'کلانشهر شیراز',
    // "10 to 12 Esfand": the report names no year, so none is recorded.
    heldOnText: '10 تا 12 اسفند ماه',
    heldJalali: { month: 12, firstDay: 10, lastDay: 12 },
    reportedAgreementCount: null,
    reportedPartnerProvinceCount: null,
    expectedDirectJobs: null,
    participants: [
      {
        nameFa: 'مدیرعامل شرکت همیار نت',
        nameEn: 'The chief executive of the Hamyar Net company',
        role: 'ANNOUNCER',
        personSlug: 'hamyar-net-ceo',
      },
    ],
    agenda: [],
    sources: [
      {
        reportId: 'news-003',
        excerpt: 'کلانشهر شیراز از روز 10 تا 12 اسفند ماه میزبان رویداد ملی استارتاپ ویکند گردشگری، فناوری و آینده خواهد بود.',
      },
      { reportId: 'news-003', excerpt: 'در ادامه مدیرعامل شرکت همیار نت از برگزاری رویداد ملی گردشگری، فناوری و آینده “ خبر داد' },
    ],
  },
  {
    slug: 'qom-provincial-capital-mayors-meeting',
    kind: 'MEETING',
    status: 'HELD',
    nameFa: 'نخستین نشست شهرداران مراکز استان‌ها',
    nameEn: 'First meeting of the mayors of the provincial capitals',
    cityFa: 'قم',
    provinceCode: 'IR-25',
    hostProvinceCode: null,
    hostNameFa: 'شهرداری کلانشهر قم',
    // "Yesterday", from a report that carries no date of its own.
    heldOnText: 'روز گذشته',
    durationDays: 1,
    purposeFa: 'انسجام‌بخشی بیشتر مدیریت شهری و بررسی راهکارهای رفع مشکلات شهرداری‌ها',
    purposeEn: "More cohesion in urban management and ways to solve municipalities' problems",
    convenerFa: 'وزارت کشور',
    convenerEn: 'Ministry of the Interior',
    reportedAgreementCount: null,
    reportedPartnerProvinceCount: null,
    expectedDirectJobs: null,
    participants: [
      { nameFa: 'شهرداری کلانشهر قم', nameEn: 'Qom metropolitan municipality', role: 'HOST' },
      { nameFa: 'وزارت کشور', nameEn: 'Ministry of the Interior', role: 'CONVENER' },
      { nameFa: 'شهرداران مراکز استان‌ها', nameEn: 'Mayors of the provincial capitals', role: 'PARTICIPANT' },
      { nameFa: 'معاونین وزارت کشور', nameEn: "The Interior Ministry's deputies", role: 'PARTICIPANT' },
      {
        nameFa: 'رئیس سازمان تأمین اجتماعی کشور',
        nameEn: 'Head of the Social Security Organization',
        role: 'PARTICIPANT',
        personSlug: 'social-security-organization-head',
      },
      {
        nameFa: 'مدیرعامل صندوق نوآوری ریاست جمهوری',
        nameEn: "Chief executive of the presidency's innovation fund",
        role: 'PARTICIPANT',
        personSlug: 'presidential-innovation-fund-ceo',
      },
      { nameFa: 'آیت‌الله اعرافی', nameEn: 'Ayatollah Arafi', role: 'VISITED', personSlug: 'ayatollah-arafi' },
    ],
    agenda: [
      {
        titleFa: 'نشست با معاون عمرانی و توسعه امور شهری و روستایی وزارت کشور',
        titleEn: "Session with the Interior Ministry's deputy for civil development and urban and rural affairs",
      },
      {
        titleFa: 'جلسه مربوط به انتخابات پیش‌روی شوراهای شهر با حضور معاون سیاسی وزارت کشور',
        titleEn: "Session on the coming city-council elections, with the Interior Ministry's political deputy",
      },
      {
        titleFa: 'نشست با محوریت انعقاد تفاهم‌نامه میان شهرداری‌ها و سازمان تأمین اجتماعی',
        titleEn: 'Session on an MoU between the municipalities and the Social Security Organization',
      },
      {
        titleFa: 'تشرف به حرم حضرت معصومه(س) و دیدار با آیت‌الله اعرافی',
        titleEn: 'Visit to the shrine of Hazrat Masoumeh and meeting with Ayatollah Arafi',
      },
    ],
    sources: [
      {
        reportId: 'news-004',
        excerpt:
          'روز گذشته شهرداری کلانشهر قم میزبان شهرداران مراکز استانها، معاونین وزارت کشور، رئیس سازمان تأمین اجتماعی کشور و مدیرعامل صندوق نوآوری ریاست جمهوری بود.',
      },
      {
        reportId: 'news-004',
        excerpt: 'این نشست با محوریت انسجامبخشی بیشتر مدیریت شهری و بررسی راهکارهای رفع مشکلات شهرداریها برگزار شد.',
      },
      {
        reportId: 'news-004',
        excerpt:
          'این جلسه برای نخستین بار به تصمیم وزارت کشور برگزار شد و با پیگیری و رایزنی شهرداری قم، مقرر شد شهر کریمه اهلبیت(س) نخستین میزبان این نشست باشد.',
      },
      {
        reportId: 'news-004',
        excerpt:
          'در جریان این نشست جلسات تخصصی متعددی برگزار شد؛ از جمله نشست با معاون عمرانی و توسعه امور شهری و روستایی وزارت کشور، جلسه مربوط به انتخابات پیشروی شوراهای شهر با حضور معاون سیاسی وزارت کشور، و نشست با محوریت انعقاد تفاهمنامه میان شهرداریها و سازمان تأمین اجتماعی.',
      },
      { reportId: 'news-004', excerpt: 'شرکتکنندگان در این سفر یکروزه، ضمن تشرف به حرم حضرت معصومه(س)، با آیتالله اعرافی دیدار کردند.' },
    ],
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
  /** Values the record derived rather than read for this agreement, with the reason. */
  readonly derivations?: readonly Derivation[];
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

/** Why each summit agreement lists the fifteen areas: the report gives them for the twelve provinces together. */
export const SUMMIT_AREAS_DERIVATION: Derivation = {
  field: 'cooperationAreas',
  reasonFa:
    'گزارش پانزده محور همکاری را برای تفاهم‌های خراسان رضوی با هر ۱۲ استان با هم برشمرده است، نه برای هر استان جدا؛ ثبت همهٔ آنها برای هر جفت استان استنتاج است.',
  reasonEn:
    'The report lists the fifteen areas for the MoUs of Razavi Khorasan with all twelve provinces together, not per province; recording all of them for each pair of provinces is an extrapolation.',
};

/** The passage listing the summit's areas, cited by every summit agreement (for the areas it derives). */
export const SUMMIT_AREAS_SOURCE: Citation = {
  reportId: 'news-000',
  excerpt:
    'وی در خصوص مهمترین محورهای تفاهم سازمان همیاری خراسان رضوی با سازمان های همیاری این 12 استان عنوان کرد: این همکاری ها در حوزه گردشگری، بازاریابی دیجیتال، انتقال تجربیات مدیریت شهری، تعریف طرح های درآمدزای بین استانی، اجرای طرح های صادراتی و وارداتی، تامین مصالح و تجهیزات، ترانشیپ و ترانزیت، تامین ماشین آلات، خدمات فنی و تخصصی و مشاوره ای پسماند شهری، اقدامات بورسی، ایجاد ردیف های اعتباری، برگزاری نمایشگاه های تخصصی، ساخت نیروگاه های کوچک مقیاس انرژی خورشید و انجام مطالعات فنی و مهندسی و تجارت بین الملل هستند.',
};

/** The passage saying the summit's MoUs were signed, cited by every summit agreement (for its status). */
export const SUMMIT_SIGNED_SOURCE: Citation = {
  reportId: 'news-000',
  excerpt:
    'برای اولین بار 250 عنوان تفاهم همکاری در حوزه بازرگانی و سرمایه گذاری مشترک بین سازمان های همیاری شهرداری های خراسان رضوی و 12 استان کشور به امضاء رسید.',
};

const SUMMIT_SOURCES: readonly Citation[] = [
  {
    reportId: 'news-000',
    excerpt:
      'این تفاهم های همکاری با سازمان استان های آذربایجان شرقی، آذربایجان غربی، اصفهان، یزد، تهران، مازندران، سیستان و بلوچستان،گیلان، خوزستان، کرمان، فارس انجام شد.',
  },
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
  derivations: [SUMMIT_AREAS_DERIVATION],
  projectSlugs: [],
  sources: SUMMIT_SOURCES,
}));

export const AGREEMENTS: readonly AgreementFact[] = [
  {
    slug: 'mazandaran/4134-high-rise-rules',
    numberAsReported: '۴۱۳۴',
    titleFa: 'تفاهم‌نامه ضوابط بلندمرتبه‌سازی',
    titleEn: 'MoU on high-rise building rules',
    descriptionFa:
      'تفاهم‌نامه میان سازمان همیاری شهرداری‌های مازندران و اداره کل راه و شهرسازی استان در حوزه ضوابط بلندمرتبه‌سازی؛ اجرای آن در دستور کار سازمان قرار گرفته است.',
    signedOnJalali: '1404-10-15',
    status: 'SIGNED',
    eventSlug: null,
    parties: [
      { provinceCode: 'IR-02', isCooperationOrganization: true, role: 'SIGNATORY' },
      {
        provinceCode: 'IR-02',
        isCooperationOrganization: false,
        nameFa: 'اداره کل راه و شهرسازی استان مازندران',
        nameEn: 'Directorate General of Roads and Urban Development of Mazandaran Province',
        role: 'SIGNATORY',
      },
    ],
    areas: ['HIGH_RISE_BUILDING_RULES'],
    projectSlugs: [],
    sources: [
      {
        reportId: 'news-002',
        excerpt:
          'وی در ادامه به پیگیری اجرای تفاهم نامه شماره ۴۱۳۴ مورخ ۱۵ دی ۱۴۰۴ میان سازمان همیاری و اداره کل راه و شهرسازی استان در حوزه ضوابط بلندمرتبه سازی اشاره کرد و گفت: این موضوع برای اجرا در دستور کار سازمان قرار گرفته است.',
      },
    ],
  },
  {
    slug: 'mazandaran/joint-solar-mou',
    numberAsReported: null,
    titleFa: 'تفاهم‌نامه مشترک اجرای پروژه‌های نیروگاه خورشیدی',
    titleEn: 'Joint MoU for carrying out solar power plant projects',
    descriptionFa:
      'شهرداری‌ها، دهیاری‌ها و دستگاه‌های اجرایی استان در قالب تفاهم‌نامه مشترک با محوریت سازمان همیاری پروژه‌های نیروگاه خورشیدی را اجرا می‌کنند؛ مقرر شده است و امضای آن گزارش نشده است.',
    signedOnJalali: null,
    status: 'PROPOSED',
    eventSlug: null,
    parties: [
      { provinceCode: 'IR-02', isCooperationOrganization: true, role: 'COORDINATOR' },
      {
        provinceCode: 'IR-02',
        isCooperationOrganization: false,
        nameFa: 'شهرداری‌های استان مازندران',
        nameEn: 'Municipalities of Mazandaran province',
        role: 'IMPLEMENTER',
      },
      {
        provinceCode: 'IR-02',
        isCooperationOrganization: false,
        nameFa: 'دهیاری‌های استان مازندران',
        nameEn: 'Dehyaris of Mazandaran province',
        role: 'IMPLEMENTER',
      },
      {
        provinceCode: 'IR-02',
        isCooperationOrganization: false,
        nameFa: 'دستگاه‌های اجرایی استان مازندران',
        nameEn: 'Executive bodies of Mazandaran province',
        role: 'IMPLEMENTER',
      },
    ],
    areas: ['SOLAR_POWER_PLANTS'],
    projectSlugs: ['mazandaran/solar-power-plants'],
    sources: [
      {
        reportId: 'news-002',
        excerpt:
          'مقرر شده است شهرداری ها، دهیاری ها و دستگاه های اجرایی استان در قالب تفاهم نامه مشترک با محوریت سازمان همیاری شهرداری های استان نسبت به اجرای پروژه های نیروگاه خورشیدی اقدام کنند.',
      },
    ],
  },
  {
    slug: 'fars/initial-technology-mou',
    numberAsReported: null,
    titleFa: 'تفاهم‌نامه اولیه فناوری با شهرداری در شش حوزه کاری',
    titleEn: 'Initial technology MoU with the municipality in six areas',
    descriptionFa:
      'تفاهم‌نامه اولیه در شش حوزه کاری؛ از مهم‌ترین آنها هوشمندسازی پارکینگ‌ها و میادین میوه و تره‌بار و بازارچه‌ها. گزارش نام شهرداری و چهار حوزهٔ دیگر را نگفته است.',
    signedOnJalali: null,
    status: 'SIGNED',
    eventSlug: null,
    parties: [
      { provinceCode: 'IR-07', isCooperationOrganization: true, role: 'SIGNATORY' },
      {
        provinceCode: 'IR-07',
        isCooperationOrganization: false,
        nameFa: 'شهرداری (نام در گزارش نیامده)',
        nameEn: 'The municipality (not named in the report)',
        role: 'SIGNATORY',
      },
    ],
    areas: ['SMART_PARKING', 'SMART_MARKETS'],
    projectSlugs: ['fars/smart-parking-and-markets'],
    sources: [
      {
        reportId: 'news-003',
        excerpt:
          'در شش حوزه کاری تفاهمنامه اولیه با شهرداری منعقد شده است که یکی از مهمترین آنها هوشمند سازی پارکینگها و بویژه هوشمندسازی میادین میوه و ترهبار و بازارچهها است.',
      },
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
