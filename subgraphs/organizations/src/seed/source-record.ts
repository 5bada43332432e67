/**
 * The facts of the source record that this subgraph owns, each with the report and passage that states it
 * (../shared/news). Nothing here is invented; where a report is silent the field stays null.
 */
import type { Citation as SourcedFact } from '@hamyar/shared';

export const SUMMIT_PARTNER_PROVINCES = ['IR-03', 'IR-04', 'IR-10', 'IR-21', 'IR-23', 'IR-02', 'IR-11', 'IR-01', 'IR-06', 'IR-08', 'IR-07'];

export const SUMMIT_PARTNERS_SOURCE: SourcedFact = {
  reportId: 'news-000',
  excerpt:
    'این تفاهم های همکاری با سازمان استان های آذربایجان شرقی، آذربایجان غربی، اصفهان، یزد، تهران، مازندران، سیستان و بلوچستان،گیلان، خوزستان، کرمان، فارس انجام شد.',
};

export const CEOS: readonly { provinceCode: string; nameFa: string; nameEn: string; source: SourcedFact }[] = [
  {
    provinceCode: 'IR-09',
    nameFa: 'میثم کرمانی',
    nameEn: 'Meysam Kermani',
    source: { reportId: 'news-000', excerpt: 'مدیرعامل سازمان همیاری شهرداری خراسان رضوی افزود' },
  },
  {
    provinceCode: 'IR-02',
    nameFa: 'محسن رضایی',
    nameEn: 'Mohsen Rezaei',
    source: { reportId: 'news-002', excerpt: 'محسن رضایی مدیرعامل سازمان همیاری شهرداری های مازندران' },
  },
  {
    provinceCode: 'IR-07',
    nameFa: 'علی سید نصیری',
    nameEn: 'Ali Seyyed Nasiri',
    source: {
      reportId: 'news-003',
      excerpt: 'علی سید نصیری با بیان اینکه از تعداد 120 شهرداری استان فارس، 84 شهرداری سهامدار سازمان همیاری شهرداریهای استان فارس هستند',
    },
  },
];

const FARS_SHAREHOLDERS: SourcedFact = {
  reportId: 'news-003',
  excerpt: 'از تعداد 120 شهرداری استان فارس، 84 شهرداری سهامدار سازمان همیاری شهرداریهای استان فارس هستند',
};

export const FIGURES = [
  {
    provinceCode: 'IR-07',
    metric: 'SHAREHOLDER_MUNICIPALITIES',
    kind: 'ACTUAL',
    value: 84,
    qualifier: 'EXACT',
    asOfText: null,
    source: FARS_SHAREHOLDERS,
  },
  {
    provinceCode: 'IR-07',
    metric: 'MUNICIPALITIES_IN_PROVINCE',
    kind: 'ACTUAL',
    value: 120,
    qualifier: 'EXACT',
    asOfText: null,
    source: FARS_SHAREHOLDERS,
  },
  {
    provinceCode: 'IR-07',
    metric: 'STAFF_SUPPLIED_TO_MUNICIPALITIES',
    kind: 'ACTUAL',
    value: 1300,
    qualifier: 'EXACT',
    asOfText: null,
    source: { reportId: 'news-003', excerpt: 'توسط این سازمان 1300 نیروی شاغل در شهرداریها تأمین شده' },
  },
  {
    provinceCode: 'IR-07',
    metric: 'STAFF_SUPPLIED_TO_MUNICIPALITIES',
    kind: 'TARGET',
    value: 4000,
    qualifier: 'EXACT',
    asOfText: 'اردیبهشت سال آینده',
    source: { reportId: 'news-003', excerpt: 'این رقم تا اردیبهشت سال آینده به ۴ هزار نفر افزایش خواهد داشت' },
  },
] as const;

/** Municipalities the record names beyond the provincial capitals, and what it says of the capitals. */
export const MUNICIPALITY_FACTS: readonly {
  provinceCode: string;
  nameFa: string;
  nameEn: string;
  isProvincialCapital: boolean;
  isMetropolis: boolean | null;
  source: SourcedFact;
}[] = [
  {
    provinceCode: 'IR-07',
    nameFa: 'شیراز',
    nameEn: 'Shiraz',
    isProvincialCapital: true,
    isMetropolis: true,
    source: { reportId: 'news-003', excerpt: 'کلانشهر شیراز از روز 10 تا 12 اسفند ماه میزبان رویداد ملی استارتاپ ویکند' },
  },
  {
    provinceCode: 'IR-07',
    nameFa: 'میمند',
    nameEn: 'Meymand',
    isProvincialCapital: false,
    isMetropolis: null,
    source: { reportId: 'news-003', excerpt: 'شهرداری شیراز با ۲۰ درصد و شهرداری میمند بیشترین سهام را دارند' },
  },
  {
    provinceCode: 'IR-25',
    nameFa: 'قم',
    nameEn: 'Qom',
    isProvincialCapital: true,
    isMetropolis: true,
    source: { reportId: 'news-004', excerpt: 'شهرداری کلانشهر قم میزبان شهرداران مراکز استانها' },
  },
];

const FARS_LARGEST: SourcedFact = {
  reportId: 'news-003',
  excerpt: 'در حال حاضر شهرداری شیراز با ۲۰ درصد و شهرداری میمند بیشترین سهام را دارند.',
};

export const SHAREHOLDINGS = [
  { provinceCode: 'IR-07', municipalityEn: 'Shiraz', percent: '20.00', isAmongLargest: true, source: FARS_LARGEST },
  { provinceCode: 'IR-07', municipalityEn: 'Meymand', percent: null, isAmongLargest: true, source: FARS_LARGEST },
];

/**
 * Companies a report says an organization founded. Hamyar Net is not among them: its report says only that
 * its chief executive announced an event (it is that person's body; see people-and-statements.ts).
 */
export const SUBSIDIARIES = [
  {
    provinceCode: 'IR-02',
    nameFa: 'همیار گستر',
    nameEn: 'Hamyar Gostar',
    activityFa: 'ورود سازمان به پروژه های عمرانی، خدماتی و سرمایه گذاری های مشارکتی',
    activityEn: 'Civil, service and participatory investment projects',
    locationFa: null,
    source: { reportId: 'news-002', excerpt: 'رضایی همچنین از تأسیس شرکت همیار گستر خبر داد' },
  },
  {
    provinceCode: 'IR-02',
    nameFa: 'همیار تجارت شمال',
    nameEn: 'Hamyar Tejarat Shomal',
    activityFa: 'توسعه فعالیت های بازرگانی، تأمین تجهیزات مورد نیاز شهرداری ها',
    activityEn: 'Trade, and supply of the equipment municipalities need',
    locationFa: 'منطقه آزاد امیرآباد',
    source: { reportId: 'news-002', excerpt: 'تأسیس شرکت همیار تجارت شمال در منطقه آزاد امیرآباد' },
  },
];
