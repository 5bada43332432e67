/**
 * The people the source record names (or names by office alone) and what the reports attribute to them:
 * aims, plans, recommendations, forecasts, each as said, never as done, with the passage that says it.
 */
import type { Citation } from '@hamyar/shared';
import type { FigureQualifier, StatementKind } from '../entities/statement.entity';

export interface PersonFact {
  readonly slug: string;
  readonly nameFa: string | null;
  readonly nameEn: string | null;
  readonly roleFa: string | null;
  readonly roleEn: string | null;
  /** The province whose cooperation organization the role is in. */
  readonly organizationProvinceCode?: string;
  readonly bodyFa?: string;
  readonly bodyEn?: string;
  readonly provinceCode?: string;
  readonly sources: readonly Citation[];
}

export const PEOPLE: readonly PersonFact[] = [
  {
    slug: 'meysam-kermani',
    nameFa: 'میثم کرمانی',
    nameEn: 'Meysam Kermani',
    roleFa: 'مدیرعامل سازمان همیاری شهرداری‌های خراسان رضوی',
    roleEn: 'Chief executive of the Municipalities Cooperation Organization of Razavi Khorasan',
    organizationProvinceCode: 'IR-09',
    provinceCode: 'IR-09',
    sources: [
      {
        reportId: 'news-000',
        excerpt: 'میثم کرمانی در اجلاس هم اندیشی سازمان همیاری استان های رتبه یک کشور به میزبانی این سازمان در مشهد برگزار شد',
      },
      { reportId: 'news-000', excerpt: 'مدیرعامل سازمان همیاری شهرداری خراسان رضوی افزود' },
      {
        reportId: 'news-001',
        excerpt: 'به گزارش روابط عمومی سازمان همیاری شهرداریهای خراسان رضوی، میثم کرمانی در جلسه کمیته فنی و تخصصی سازمان همیاری',
      },
      { reportId: 'news-001', excerpt: 'مدیرعامل سازمان همیاری شهرداریهای خراسان رضوی، بیان کرد' },
    ],
  },
  {
    slug: 'mohsen-rezaei',
    nameFa: 'محسن رضایی',
    nameEn: 'Mohsen Rezaei',
    roleFa: 'مدیرعامل سازمان همیاری شهرداری‌های مازندران',
    roleEn: 'Chief executive of the Municipalities Cooperation Organization of Mazandaran',
    organizationProvinceCode: 'IR-02',
    provinceCode: 'IR-02',
    sources: [{ reportId: 'news-002', excerpt: 'محسن رضایی مدیرعامل سازمان همیاری شهرداری های مازندران' }],
  },
  {
    slug: 'ali-seyyed-nasiri',
    nameFa: 'علی سید نصیری',
    nameEn: 'Ali Seyyed Nasiri',
    roleFa: 'مدیرعامل سازمان همیاری شهرداری‌های استان فارس',
    roleEn: 'Chief executive of the Municipalities Cooperation Organization of Fars',
    organizationProvinceCode: 'IR-07',
    provinceCode: 'IR-07',
    sources: [
      {
        reportId: 'news-003',
        excerpt:
          'علی سید نصیری با بیان اینکه از تعداد 120 شهرداری استان فارس، 84 شهرداری سهامدار سازمان همیاری شهرداریهای استان فارس هستند در جمع خبرنگاران گفت',
      },
      {
        reportId: 'news-003',
        excerpt: 'مدیرعامل سازمان همیاری شهرداریهای استان فارس از وظایف اصلی سازمان را توانمندسازی و خودکفایی شهرداریهاست دانست',
      },
    ],
  },
  {
    slug: 'khadijeh-ghazanfari',
    nameFa: 'خدیجه غضنفری',
    nameEn: 'Khadijeh Ghazanfari',
    roleFa: 'خبرنگار (سرویس خبری)',
    roleEn: 'Reporter (news service)',
    sources: [{ reportId: 'news-003', excerpt: 'سرویس خبری/ خدیجه غضنفری' }],
  },
  {
    slug: 'hamyar-net-ceo',
    nameFa: null,
    nameEn: null,
    roleFa: 'مدیرعامل شرکت همیار نت',
    roleEn: 'Chief executive of the Hamyar Net company',
    bodyFa: 'شرکت همیار نت',
    bodyEn: 'Hamyar Net company',
    sources: [{ reportId: 'news-003', excerpt: 'در ادامه مدیرعامل شرکت همیار نت از برگزاری رویداد ملی گردشگری، فناوری و آینده “ خبر داد' }],
  },
  {
    slug: 'mazandaran-governor',
    nameFa: null,
    nameEn: null,
    roleFa: 'استاندار مازندران',
    roleEn: 'Governor of Mazandaran',
    bodyFa: 'استانداری مازندران',
    bodyEn: 'Governorate of Mazandaran',
    provinceCode: 'IR-02',
    sources: [
      { reportId: 'news-002', excerpt: 'با حمایت و تأکید استاندار مازندران' },
      { reportId: 'news-002', excerpt: 'با ورود و مدیریت جهادی استاندار مازندران' },
    ],
  },
  {
    slug: 'seyyed-mohammad-hajjar-hosseini',
    nameFa: 'سیدمحمد حجار حسینی',
    nameEn: 'Seyyed Mohammad Hajjar Hosseini',
    roleFa: 'مدیرکل ارتباطات و امور بین‌الملل شهرداری قم',
    roleEn: 'Director general of communications and international affairs of Qom Municipality',
    bodyFa: 'شهرداری قم',
    bodyEn: 'Qom Municipality',
    provinceCode: 'IR-25',
    sources: [
      { reportId: 'news-004', excerpt: 'سیدمحمد حجار حسینی، مدیرکل ارتباطات و امور بینالملل شهرداری در گفتوگوی خبری' },
      { reportId: 'news-004', excerpt: 'مدیرکل ارتباطات و امور بینالملل شهرداری قم' },
    ],
  },
  {
    slug: 'interior-ministry-civil-deputy',
    nameFa: null,
    nameEn: null,
    roleFa: 'معاون عمرانی و توسعه امور شهری و روستایی وزارت کشور',
    roleEn: "Interior Ministry's deputy for civil development and urban and rural affairs",
    bodyFa: 'وزارت کشور',
    bodyEn: 'Ministry of the Interior',
    sources: [{ reportId: 'news-004', excerpt: 'نشست با معاون عمرانی و توسعه امور شهری و روستایی وزارت کشور' }],
  },
  {
    slug: 'interior-ministry-political-deputy',
    nameFa: null,
    nameEn: null,
    roleFa: 'معاون سیاسی وزارت کشور',
    roleEn: "Interior Ministry's political deputy",
    bodyFa: 'وزارت کشور',
    bodyEn: 'Ministry of the Interior',
    sources: [{ reportId: 'news-004', excerpt: 'جلسه مربوط به انتخابات پیشروی شوراهای شهر با حضور معاون سیاسی وزارت کشور' }],
  },
  {
    slug: 'social-security-organization-head',
    nameFa: null,
    nameEn: null,
    roleFa: 'رئیس سازمان تأمین اجتماعی کشور',
    roleEn: 'Head of the Social Security Organization',
    bodyFa: 'سازمان تأمین اجتماعی',
    bodyEn: 'Social Security Organization',
    sources: [{ reportId: 'news-004', excerpt: 'رئیس سازمان تأمین اجتماعی کشور' }],
  },
  {
    slug: 'presidential-innovation-fund-ceo',
    nameFa: null,
    nameEn: null,
    roleFa: 'مدیرعامل صندوق نوآوری ریاست جمهوری',
    roleEn: "Chief executive of the presidency's innovation fund",
    bodyFa: 'صندوق نوآوری ریاست جمهوری',
    bodyEn: "The presidency's innovation fund",
    sources: [{ reportId: 'news-004', excerpt: 'مدیرعامل صندوق نوآوری ریاست جمهوری' }],
  },
  {
    slug: 'ayatollah-arafi',
    nameFa: 'آیت‌الله اعرافی',
    nameEn: 'Ayatollah Arafi',
    // The report names him as the one the participants visited, with no office.
    roleFa: null,
    roleEn: null,
    sources: [{ reportId: 'news-004', excerpt: 'با آیتالله اعرافی دیدار کردند' }],
  },
];

export interface ReportedFigureFact {
  readonly value: bigint;
  readonly max?: bigint;
  readonly qualifier: FigureQualifier;
  /** The figure in the report's words, as it occurs in the excerpt. */
  readonly reportedText: string;
  readonly unitFa: string;
  readonly aboutFa: string;
  readonly aboutEn: string;
}

export interface StatementFact {
  readonly slug: string;
  readonly kind: StatementKind;
  readonly summaryFa: string;
  readonly summaryEn: string;
  readonly attributedToFa: string;
  readonly speakerSlug?: string;
  readonly organizationProvinceCode?: string;
  /** Slug of the Event (agreements subgraph) where it was said. */
  readonly eventSlug?: string;
  /** Slug of the InvestmentProject (projects subgraph) it concerns. */
  readonly projectSlug?: string;
  readonly figure?: ReportedFigureFact;
  readonly source: Citation;
}

const KERMANI = { attributedToFa: 'میثم کرمانی', speakerSlug: 'meysam-kermani', organizationProvinceCode: 'IR-09' } as const;
const REZAEI = { attributedToFa: 'محسن رضایی', speakerSlug: 'mohsen-rezaei', organizationProvinceCode: 'IR-02' } as const;
const NASIRI = { attributedToFa: 'علی سید نصیری', speakerSlug: 'ali-seyyed-nasiri', organizationProvinceCode: 'IR-07' } as const;
const HAJJAR = { attributedToFa: 'سیدمحمد حجار حسینی', speakerSlug: 'seyyed-mohammad-hajjar-hosseini' } as const;

export const STATEMENTS: readonly StatementFact[] = [
  // news-000: the Mashhad summit
  {
    slug: 'news-000/profitable-projects-priority',
    kind: 'AIM',
    summaryFa: 'اجرای طرح‌های مؤثر سودآور برای توسعه شهرهای خراسان رضوی و بهره‌برداری از امکانات داخلی استان‌ها از اولویت‌های مهم است.',
    summaryEn:
      "Carrying out effective, profitable projects for Razavi Khorasan's cities and using the provinces' own resources is an important priority.",
    ...KERMANI,
    eventSlug: 'mashhad-rank-one-summit',
    source: {
      reportId: 'news-000',
      excerpt:
        'اجرای طرح های موثر سودآور برای توسعه شهرهای استان خراسان رضوی و بهره برداری از امکانات داخلی استان های کشور یکی از اولویت های مهم در بهینه سازی منابع مکمل و استفاده از ظرفیت های تولیدی و خدماتی این بنگاه های اقتصادی است.',
    },
  },
  {
    slug: 'news-000/mous-as-revenue-platform',
    kind: 'EXPECTATION',
    summaryFa: 'تفاهم‌نامه‌ها برای افزایش تعامل و تقویت روابط استانی بسته شده‌اند و بستری برای درآمد از منابع درون‌زا خواهند بود.',
    summaryEn:
      'The MoUs were concluded to increase interaction and strengthen provincial ties, and will be a platform for revenue from internal resources.',
    ...KERMANI,
    eventSlug: 'mashhad-rank-one-summit',
    source: {
      reportId: 'news-000',
      excerpt:
        'انعقاد تفاهم نامه های مذکور در جهت افزایش تعامل و در راستای تقویت روابط استانی به شکل منطقه ای صورت گرفته است و بستر مناسبی برای ایجاد درآمدهای موثر از منابع درون زا خواهد بود.',
    },
  },
  {
    slug: 'news-000/direct-jobs-forecast',
    kind: 'FORECAST',
    summaryFa: 'طرح‌های توسعه بازرگانی تفاهم‌شده بیش از ۲۰ هزار فرصت شغلی مستقیم ایجاد کنند.',
    summaryEn: 'The agreed trade-development projects are to create over 20,000 direct jobs.',
    ...KERMANI,
    eventSlug: 'mashhad-rank-one-summit',
    figure: {
      value: 20_000n,
      qualifier: 'AT_LEAST',
      reportedText: 'بیش از 20 هزار',
      unitFa: 'فرصت شغلی مستقیم',
      aboutFa: 'طرح های توسعه بازرگانی تفاهم شده',
      aboutEn: 'The agreed trade-development projects of the summit',
    },
    source: {
      reportId: 'news-000',
      excerpt:
        'مدیرعامل سازمان همیاری شهرداری های خراسان رضوی پیش بینی کرد طرح های توسعه بازرگانی تفاهم شده بیش از 20 هزار فرصت شغلی مستقیم ایجاد کند.',
    },
  },
  {
    slug: 'news-000/micro-resources-and-bank-facilities',
    kind: 'ASSESSMENT',
    summaryFa: 'به کار بردن منابع خرد و جذب متمرکز تسهیلات بانکی از نقاط قوت سازمان‌های همیاری است و می‌تواند درآمد پایدار شهری ایجاد کند.',
    summaryEn:
      'Pooling small resources and raising bank facilities centrally are strengths of the cooperation organizations that can create lasting urban revenue.',
    ...KERMANI,
    eventSlug: 'mashhad-rank-one-summit',
    source: {
      reportId: 'news-000',
      excerpt:
        'امکان به کار بردن منابع خرد و جذب متمرکز تسهیلات بانکی از نقاط قوت در اختیار است که گردش آن می تواند درآمد پایداری را در حوزه شهری ایجاد کند.',
    },
  },
  // news-001: Razavi Khorasan's technical and specialist committee
  {
    slug: 'news-001/committee-defines-economic-projects',
    kind: 'RECOMMENDATION',
    summaryFa:
      'از ظرفیت کمیته فنی و تخصصی، افزون بر نظرات کارشناسی و کمک‌های فنی، در تدوین و تعریف پروژه‌های اقتصادی مرتبط با شهرداری‌ها استفاده شود.',
    summaryEn:
      "The technical and specialist committee's capacity should also be used to draft and define economic projects for municipalities, beyond its expert opinions and technical help.",
    ...KERMANI,
    eventSlug: 'razavi-khorasan-technical-committee-meeting',
    source: {
      reportId: 'news-001',
      excerpt:
        'باید بستری فراهم شود تا علاوه بر نظرات کارشناسی و کمکهای فنی این کمیته در تهیه اقلام و اجرای پروژه های حوزه شهری در تدوین و تعریف پروژه های اقتصادی مرتبط با شهرداریها نیز از ظرفیتهای آن استفاده کنیم.',
    },
  },
  {
    slug: 'news-001/capital-market-and-stock-exchange',
    kind: 'RECOMMENDATION',
    summaryFa:
      'کمیته با خلاقیت و نوآوری پروژه‌های جدید و سودآور تعریف کند و سازمان با ورود به بازار سرمایه و بورس برای تأمین سرمایه گام بردارد.',
    summaryEn:
      'The committee should define new, profitable projects through creativity and innovation, and the organization should enter the capital market and the stock exchange to raise capital.',
    ...KERMANI,
    eventSlug: 'razavi-khorasan-technical-committee-meeting',
    source: {
      reportId: 'news-001',
      excerpt:
        'باید تلاش کنیم با بهره گیری از خلاقیت و نوآوری و استفاده ازایده های نو کمیته فنی و تخصصی پروژه های جدید و سودآوری برای کمک و تقویت حوزه مدیریت شهری استان تعریف شود و با استفاده از پتانسیل های سازمان همیاری و ورود به حوزه بازارسرمایه و بورس در جهت تامین سرمایه و سرمایه گذاری های این حوزه گام های موثری برداشته شود.',
    },
  },
  {
    slug: 'news-001/knowledge-based-supply',
    kind: 'RECOMMENDATION',
    summaryFa: 'از ظرفیت کمیته فنی در تأمین کالاها و پروژه‌های حوزه‌های دانش‌بنیان برای درآمدزایی و بهره‌وری شهری استفاده شود.',
    summaryEn:
      "The technical committee's capacity should be used to supply goods and projects from knowledge-based fields, for municipal revenue and productivity.",
    ...KERMANI,
    eventSlug: 'razavi-khorasan-technical-committee-meeting',
    source: {
      reportId: 'news-001',
      excerpt:
        'با توجه به اهمیت حوزه های دانش بنیان در جهت رشد اقتصادی و درآمدی شهرداریها، باید با از ظرفیت کمیته فنی در تامین کالاها و پروژه های این حوزه برای ایجاد درآمدزایی و بهره وری بیشتر در حوزه شهری استفاده شود.',
    },
  },
  {
    slug: 'news-001/seminars',
    kind: 'RECOMMENDATION',
    summaryFa:
      'برگزاری سمینارها و همایش‌های آموزشی می‌تواند به معرفی سازمان همیاری، شهرداری‌ها و فعالان فناوری و دانش‌بنیان و تعامل سازنده کمک کند.',
    summaryEn:
      'Seminars and training conferences can help introduce the organization, municipalities and technology and knowledge-based firms to one another.',
    ...KERMANI,
    eventSlug: 'razavi-khorasan-technical-committee-meeting',
    source: {
      reportId: 'news-001',
      excerpt:
        'برگزاری سمینارها و همایشهای آموزشی می تواند به معرفی سازمان همیاری، شهرداریها و شرکتها و فعالان حوزه های فناوری و دانش بنیان و تعامل های سازنده در این حوزه کمک کند.',
    },
  },
  {
    slug: 'news-001/project-based-meetings',
    kind: 'RECOMMENDATION',
    summaryFa: 'جلسات کمیته فنی و تخصصی سازمان همیاری پروژه‌محور برگزار شود.',
    summaryEn: "The technical and specialist committee's meetings should be project-based.",
    ...KERMANI,
    eventSlug: 'razavi-khorasan-technical-committee-meeting',
    source: { reportId: 'news-001', excerpt: 'کرمانی با تاکید بر لزوم برگزاری جلسات کمیته فنی و تخصصی سازمان همیاری به صورت پروژه محور' },
  },
  {
    slug: 'news-001/investment-packages',
    kind: 'EXPECTATION',
    summaryFa:
      'با شناسایی و معرفی بسته‌های سرمایه‌گذاری و استفاده از ظرفیت‌های سازمان همیاری می‌توان شاهد دستاوردهای مطلوب در رشد اقتصادی و مدیریت شهری استان بود.',
    summaryEn:
      "Identifying and presenting investment packages, and using the organization's capacities, can bring good results for the province's economy and urban management.",
    ...KERMANI,
    eventSlug: 'razavi-khorasan-technical-committee-meeting',
    source: {
      reportId: 'news-001',
      excerpt:
        'قطعا می توان با شناسایی و معرفی بسته های سرمایه گذاری و استفاده از ظرفیتهای مختلف سازمان همیاری شهرداریهای در این حوزه شاهد دستاوردهای مطلوب و سازنده ای در جهت رشد اقتصادی',
    },
  },
  // news-002: Mazandaran
  {
    slug: 'news-002/governorate-renewables-directive',
    kind: 'DIRECTIVE',
    summaryFa:
      'ابلاغیه استانداری مازندران به دستگاه‌های اجرایی مشمول ماده ۵ قانون مدیریت خدمات کشوری: تأمین بخشی از انرژی مصرفی از انرژی‌های تجدیدپذیر؛ زمینهٔ طرح نیروگاه‌های خورشیدی.',
    summaryEn:
      "The Mazandaran governorate's directive to executive bodies under Article 5 of the Civil Service Management Law to supply part of their energy from renewables; the ground for the solar power plants.",
    attributedToFa: 'استانداری مازندران',
    organizationProvinceCode: 'IR-02',
    projectSlug: 'mazandaran/solar-power-plants',
    source: {
      reportId: 'news-002',
      excerpt:
        'با توجه به ابلاغیه استانداری مازندران به دستگاه های اجرایی مشمول ماده ۵ قانون مدیریت خدمات کشوری مبنی بر تأمین بخشی از انرژی مصرفی از طریق انرژی های تجدیدپذیر',
    },
  },
  {
    slug: 'news-002/energy-imbalance',
    kind: 'ASSESSMENT',
    summaryFa: 'ناترازی انرژی از چالش‌های جدی استان است.',
    summaryEn: 'The energy imbalance is one of the province’s serious challenges.',
    ...REZAEI,
    source: { reportId: 'news-002', excerpt: 'رضایی ناترازی انرژی را از چالش های جدی استان عنوان کرد' },
  },
  {
    slug: 'news-002/solar-permits-on-agenda',
    kind: 'PLAN',
    summaryFa: 'پیگیری اخذ مجوزها و فراهم‌سازی بسترهای اجرایی طرح‌های نیروگاه خورشیدی در دستور کار سازمان قرار گرفته است.',
    summaryEn: 'Obtaining permits and preparing the ground for the solar plant projects is on the organization’s agenda.',
    ...REZAEI,
    projectSlug: 'mazandaran/solar-power-plants',
    source: {
      reportId: 'news-002',
      excerpt: 'سازمان همیاری نیز پیگیری های لازم برای اخذ مجوزها و فراهم سازی بسترهای اجرایی این طرح ها را در دستور کار قرار داده است',
    },
  },
  {
    slug: 'news-002/mou-4134-on-agenda',
    kind: 'PLAN',
    summaryFa: 'اجرای تفاهم‌نامه شماره ۴۱۳۴ (ضوابط بلندمرتبه‌سازی) در دستور کار سازمان قرار گرفته است.',
    summaryEn: 'Carrying out MoU no. 4134 (high-rise building rules) is on the organization’s agenda.',
    ...REZAEI,
    source: { reportId: 'news-002', excerpt: 'این موضوع برای اجرا در دستور کار سازمان قرار گرفته است.' },
  },
  {
    slug: 'news-002/engine-of-investment',
    kind: 'AIM',
    summaryFa: 'سازمان در مسیر تبدیل شدن به موتور محرک سرمایه‌گذاری و توسعه اقتصادی مدیریت شهری استان است.',
    summaryEn:
      "The organization is on its way to becoming the engine of investment and economic development of the province's urban management.",
    ...REZAEI,
    source: {
      reportId: 'news-002',
      excerpt:
        'سازمان همیاری شهرداری های مازندران با رویکردی اجرایی و توسعه محور، در مسیر تبدیل شدن به موتور محرک سرمایه گذاری و توسعه اقتصادی مدیریت شهری استان حرکت می کند',
    },
  },
  {
    slug: 'news-002/waste-priority',
    kind: 'ASSESSMENT',
    summaryFa: 'مدیریت پسماند از اولویت‌های اساسی استان است.',
    summaryEn: 'Waste management is one of the province’s basic priorities.',
    ...REZAEI,
    source: { reportId: 'news-002', excerpt: 'مدیریت پسماند را از اولویتهای اساسی استان برشمرد' },
  },
  {
    slug: 'news-002/waste-private-investment-approach',
    kind: 'APPROACH',
    summaryFa:
      'رویکرد سازمان ایجاد ساختارهای تخصصی و جذب سرمایه‌گذاری بخش خصوصی برای ساماندهی یکپارچه پسماند است (رویکرد، نه منبع مالی گزارش‌شده).',
    summaryEn:
      "The organization's approach is to build specialised structures and attract private investment to organise waste management (an approach, not a reported funding source).",
    ...REZAEI,
    projectSlug: 'mazandaran/stalled-waste-projects',
    source: {
      reportId: 'news-002',
      excerpt: 'رویکرد سازمان همیاری ایجاد ساختارهای تخصصی و جذب سرمایه گذاری بخش خصوصی برای ساماندهی یکپارچه پسماند است',
    },
  },
  {
    slug: 'news-002/challenges',
    kind: 'ASSESSMENT',
    summaryFa: 'چالش‌ها: محدودیت منابع مالی، ناترازی انرژی، الزامات محیط زیستی و ضرورت توسعه زیرساخت‌های شهری.',
    summaryEn: 'The challenges: limited finances, the energy imbalance, environmental requirements and the need for urban infrastructure.',
    ...REZAEI,
    eventSlug: 'mazandaran-mayors-conference',
    source: {
      reportId: 'news-002',
      excerpt:
        'محسن رضایی در همایش شهرداران استان مازندران با اشاره به چالش های موجود از جمله محدودیت منابع مالی، ناترازی انرژی، الزامات محیط زیستی و ضرورت توسعه زیرساخت های شهری',
    },
  },
  {
    slug: 'news-002/role-redefinition',
    kind: 'ANNOUNCEMENT',
    summaryFa:
      'سازمان بازتعریف نقش خود به عنوان بازوی اقتصادی، سرمایه‌گذاری و اجرایی شهرداری‌ها را آغاز کرده و برنامه‌های اجرایی مشخصی تدوین شده است.',
    summaryEn:
      "The organization has begun redefining its role as the municipalities' economic, investment and executive arm, and specific executive programmes have been drawn up.",
    ...REZAEI,
    eventSlug: 'mazandaran-mayors-conference',
    source: {
      reportId: 'news-002',
      excerpt:
        'سازمان همیاری فرآیند بازتعریف نقش خود به عنوان بازوی اقتصادی، سرمایه گذاری و اجرایی شهرداری های استان را آغاز کرده و برنامه های اجرایی مشخصی در این راستا تدوین شده است.',
    },
  },
  {
    slug: 'news-002/executive-phase',
    kind: 'ANNOUNCEMENT',
    summaryFa:
      'آغاز فاز اجرایی تقویت نقش اقتصادی سازمان؛ ایجاد بسترهای درآمد پایدار و توسعه فعالیت‌های سرمایه‌گذاری در دستور کار قرار گرفته است.',
    summaryEn:
      "The executive phase of strengthening the organization's economic role has begun; lasting revenue and investment activities are on the agenda.",
    ...REZAEI,
    eventSlug: 'mazandaran-mayors-conference',
    source: {
      reportId: 'news-002',
      excerpt:
        'مدیرعامل سازمان همیاری شهرداری های مازندران در همایش شهرداران استان از آغاز فاز اجرایی تقویت نقش اقتصادی این سازمان خبر داد و گفت: با توجه به شرایط کنونی مدیریت شهری، ایجاد بسترهای درآمد پایدار و توسعه فعالیت های سرمایه گذاری به صورت عملیاتی در دستور کار قرار گرفته است.',
    },
  },
  {
    slug: 'news-002/governor-drives-programmes',
    kind: 'ASSESSMENT',
    summaryFa:
      'به گفتهٔ گزارش، استاندار مازندران محرک اجرای برنامه‌های اقتصادی سازمان همیاری شد و سازمان در یک سال اخیر تحولات چشمگیری داشته است.',
    summaryEn:
      "In the report's own words, Mazandaran's governor drove the organization's economic programmes, and the organization has changed markedly over the past year.",
    attributedToFa: 'اتحاد ملت',
    organizationProvinceCode: 'IR-02',
    source: { reportId: 'news-002', excerpt: 'استاندار مازندران محرک اجرای برنامه های اقتصادی سازمان همیاری شهرداری های مازندران شد.' },
  },
  // news-003: Fars
  {
    slug: 'news-003/glass-organization',
    kind: 'AIM',
    summaryFa: 'نخستین هدف: تشکیل یک سازمان شیشه‌ای تا همه چیز شفاف در دید عموم قرار گیرد.',
    summaryEn: 'The first aim: a glass organization, everything visible to the public.',
    ...NASIRI,
    source: { reportId: 'news-003', excerpt: 'اولین هدف تشکیل یک سازمان شیشهای است تا همه چیز شفاف در دید عموم قرار گیرد.' },
  },
  {
    slug: 'news-003/empowering-municipalities',
    kind: 'AIM',
    summaryFa: 'از وظایف اصلی سازمان، توانمندسازی و خودکفایی شهرداری‌هاست.',
    summaryEn: "Among the organization's main duties: making municipalities capable and self-sufficient.",
    ...NASIRI,
    source: { reportId: 'news-003', excerpt: 'از وظایف اصلی سازمان را توانمندسازی و خودکفایی شهرداریهاست دانست' },
  },
  {
    slug: 'news-003/fields-of-activity',
    kind: 'ASSESSMENT',
    summaryFa: 'فعالیت‌های سازمان در حوزه‌های اجتماعی، عمرانی، فناوری و بخش‌های دیگر توزیع شده است؛ بخشی از هزینه‌ها عمرانی است.',
    summaryEn: "The organization's work spreads over social, civil-works and technology fields; part of its spending is on civil works.",
    ...NASIRI,
    source: { reportId: 'news-003', excerpt: 'فعالیتهای سازمان در حوزههای مختلف اجتماعی، عمرانی، فناوری و بخشهای مختلف توزیع شده است.' },
  },
  {
    slug: 'news-003/municipal-services',
    kind: 'ASSESSMENT',
    summaryFa:
      'شهرداری با ارائه بیش از ۳۵۹ خدمت در صدر خدمات‌رسانی است، بیش از وزارتخانه‌هایی چون بهداشت و درمان (رقمی دربارهٔ شهرداری‌ها، نه سازمان همیاری).',
    summaryEn:
      'Municipalities lead public service with over 359 services, more than ministries such as health (a figure about municipalities, not the organization).',
    ...NASIRI,
    figure: {
      value: 359n,
      qualifier: 'AT_LEAST',
      reportedText: 'بیش از 359',
      unitFa: 'خدمت',
      aboutFa: 'شهرداری',
      aboutEn: 'Municipalities (not the cooperation organization)',
    },
    source: { reportId: 'news-003', excerpt: 'در حوزه خدماترسانی شهرداری با ارائه بیش از 359 خدمت در صدر خدماترسانی قرار دارد' },
  },
  {
    slug: 'news-003/no-approved-chart-until-now',
    kind: 'ASSESSMENT',
    summaryFa: 'تاکنون در سازمان‌های همیاری شهرداری‌های کشور چارت مصوبی وجود نداشت.',
    summaryEn: "Until now the country's cooperation organizations had no approved organization chart.",
    ...NASIRI,
    source: { reportId: 'news-003', excerpt: 'تاکنون در سازمان همیاری شهرداریهای کشور چارت مصوبی وجود نداشت' },
  },
  {
    slug: 'news-003/organization-chart',
    kind: 'PLAN',
    summaryFa: 'یک چارت سازمانی در حال تصویب است و به‌زودی به شهرداری‌های استانی ابلاغ خواهد شد (هنوز تصویب نشده).',
    summaryEn: 'An organization chart is being approved and is soon to be issued to the provinces’ municipalities (not yet approved).',
    ...NASIRI,
    source: { reportId: 'news-003', excerpt: 'در حال تصویب یک چارت هستیم و بهزودی این چارت به شهرداریهای استانی سراسر ابلاغ خواهد شد.' },
  },
  {
    slug: 'news-003/startup-offices',
    kind: 'PLAN',
    summaryFa: 'تلاش برای راه‌اندازی دفاتری در دانشگاه علمی کاربردی برای حمایت از طرح‌های دانش‌بنیان، استارتاپ‌ها و نخبگان.',
    summaryEn:
      'Trying to set up offices at the University of Applied Science to support knowledge-based projects, startups and the gifted.',
    ...NASIRI,
    projectSlug: 'fars/startup-offices-applied-science-university',
    source: {
      reportId: 'news-003',
      excerpt:
        'در تلاشیم دفاتری در محل دانشگاه علمی کاربردی به جهت حمایت از طرحهای دانش بنیان، استارتاپها و حمایت از نخبگان برای اولینبار در سطح کشور راهاندازی شود.',
    },
  },
  {
    slug: 'news-003/legal-institute',
    kind: 'PLAN',
    summaryFa: 'برای نخستین بار در کشور مؤسسه حقوقی تخصصی برای کارمندان و نهاد شهرداری راه‌اندازی می‌شود (اعلام شده، نه راه‌اندازی‌شده).',
    summaryEn: 'A specialised legal institute for municipal staff is to be set up, a first in the country (announced, not yet set up).',
    ...NASIRI,
    source: { reportId: 'news-003', excerpt: 'برای اولینبار در کشور مؤسسه حقوقی تخصصی برای کارمندان و نهاد شهرداری راهاندازی میشود.' },
  },
  {
    slug: 'news-003/startup-weekend-announced',
    kind: 'ANNOUNCEMENT',
    summaryFa: 'کلانشهر شیراز از ۱۰ تا ۱۲ اسفند میزبان رویداد ملی استارتاپ ویکند گردشگری، فناوری و آینده خواهد بود.',
    summaryEn: 'Shiraz is to host the national startup weekend on tourism, technology and the future, 10 to 12 Esfand.',
    attributedToFa: 'مدیرعامل شرکت همیار نت',
    speakerSlug: 'hamyar-net-ceo',
    eventSlug: 'shiraz-startup-weekend',
    source: {
      reportId: 'news-003',
      excerpt: 'کلانشهر شیراز از روز 10 تا 12 اسفند ماه میزبان رویداد ملی استارتاپ ویکند گردشگری، فناوری و آینده خواهد بود.',
    },
  },
  // news-004: Qom
  {
    slug: 'news-004/meeting-value',
    kind: 'ASSESSMENT',
    summaryFa: 'نشست شهرداران مراکز استان‌ها در قم زمینه‌ای برای هم‌افزایی، تبادل تجربه، بررسی چالش‌ها و معرفی ظرفیت‌های قم فراهم کرد.',
    summaryEn:
      "The meeting of the provincial capitals' mayors in Qom made room for synergy, sharing experience, reviewing challenges and presenting Qom.",
    ...HAJJAR,
    eventSlug: 'qom-provincial-capital-mayors-meeting',
    source: {
      reportId: 'news-004',
      excerpt:
        'برگزاری نشست شهرداران مراکز استانها در قم، زمینهای مؤثر برای همافزایی مدیران شهری، تبادل تجربهها، بررسی چالشهای مدیریت شهری و معرفی ظرفیتهای گسترده این شهر فراهم کرد.',
    },
  },
  {
    slug: 'news-004/meeting-aim',
    kind: 'AIM',
    summaryFa: 'هدف نشست: هماهنگی و هم‌افزایی میان شهرداری‌ها و نهادهای ملی مرتبط با امور شهری.',
    summaryEn:
      'The aim of the meeting: coordination and synergy between municipalities and the national bodies concerned with urban affairs.',
    ...HAJJAR,
    eventSlug: 'qom-provincial-capital-mayors-meeting',
    source: {
      reportId: 'news-004',
      excerpt: 'هدف از برگزاری این نشست، ایجاد هماهنگی و همافزایی میان شهرداریها و نهادهای ملی مرتبط با امور شهری است.',
    },
  },
  {
    slug: 'news-004/meetings-inform-national-officials',
    kind: 'ASSESSMENT',
    summaryFa:
      'این جلسات افزون بر هم‌اندیشی شهرداران، مسئولان ملی را با چالش‌های مدیریت شهری آشنا می‌کند و فرصت معرفی ظرفیت‌های شهرهای میزبان است.',
    summaryEn:
      'Besides letting mayors confer, such meetings acquaint national officials with urban challenges and let host cities present themselves.',
    ...HAJJAR,
    eventSlug: 'qom-provincial-capital-mayors-meeting',
    source: {
      reportId: 'news-004',
      excerpt:
        'برگزاری این جلسات علاوه بر فراهمسازی زمینه هماندیشی و تبادل تجربه میان شهرداران مراکز استانها، موجب آشنایی بیشتر مسئولان ملی با چالشهای مدیریت شهری میشود.',
    },
  },
  {
    slug: 'news-004/qom-standing',
    kind: 'ASSESSMENT',
    summaryFa: 'مراکز آموزش عالی، حوزه‌های علمیه، حرم حضرت معصومه(س) و مسجد جمکران قم را شهری اثرگذار در حوزهٔ فرهنگی و دینی کرده است.',
    summaryEn:
      "Qom's universities, seminaries, the shrine of Hazrat Masoumeh and the Jamkaran mosque make it influential in culture and religion.",
    ...HAJJAR,
    source: {
      reportId: 'news-004',
      excerpt:
        'حضور مراکز آموزش عالی، حوزههای علمیه، حرم مطهر حضرت معصومه(س) و مسجد مقدس جمکران، قم را به شهری اثرگذار در حوزه فرهنگی و دینی تبدیل کرده است.',
    },
  },
  {
    slug: 'news-004/qom-historic-fabric',
    kind: 'ASSESSMENT',
    summaryFa: 'بافت تاریخی قم بیش از هفت هزار سال قدمت دارد و ظرفیت‌های منحصربه‌فردی برای تعاملات ملی و بین‌المللی فراهم کرده است.',
    summaryEn: "Qom's historic fabric is over seven thousand years old and gives it unique room for national and international ties.",
    ...HAJJAR,
    figure: {
      value: 7_000n,
      qualifier: 'AT_LEAST',
      reportedText: 'بیش از هفت هزار',
      unitFa: 'سال',
      aboutFa: 'بافت تاریخی غنی قم',
      aboutEn: "The age of Qom's historic fabric",
    },
    source: {
      reportId: 'news-004',
      excerpt:
        'بافت تاریخی غنی قم با قدمتی بیش از هفت هزار سال، ظرفیتهای منحصربهفردی را برای توسعه تعاملات ملی و بینالمللی فراهم کرده است.',
    },
  },
  {
    slug: 'news-004/qom-ready-to-cooperate',
    kind: 'ANNOUNCEMENT',
    summaryFa: 'شهرداری قم آمادهٔ همکاری گسترده‌تر با دیگر کلانشهرهای کشور و نهادهای ملی است.',
    summaryEn: 'Qom Municipality is ready for wider cooperation with the other metropolises and national bodies.',
    ...HAJJAR,
    source: {
      reportId: 'news-004',
      excerpt:
        'شهرداری قم با تکیه بر این پیشینه ارزشمند و با بهرهگیری از ظرفیتهای علمی، فرهنگی و مذهبی شهر، آماده همکاری گستردهتر با دیگر کلانشهرهای کشور و نهادهای ملی است.',
    },
  },
];
