import { BadUserInputError } from '../errors/errors';

/**
 * The 31 provinces by their ISO 3166-2:IR codes as renumbered in November 2020. Many libraries still carry the
 * old codes, and the two sets collide (IR-07 was Tehran and is now Fars), so this list is the one source of
 * truth for codes in every service. Capitals are reference data (ISO 3166-2 and the country's administrative
 * divisions), not facts of the news record.
 */
export interface ProvinceReference {
  readonly code: string;
  readonly nameFa: string;
  readonly nameEn: string;
  readonly capitalFa: string;
  readonly capitalEn: string;
}

export const PROVINCES: readonly ProvinceReference[] = [
  p('IR-00', 'مرکزی', 'Markazi', 'اراک', 'Arak'),
  p('IR-01', 'گیلان', 'Gilan', 'رشت', 'Rasht'),
  p('IR-02', 'مازندران', 'Mazandaran', 'ساری', 'Sari'),
  p('IR-03', 'آذربایجان شرقی', 'East Azerbaijan', 'تبریز', 'Tabriz'),
  p('IR-04', 'آذربایجان غربی', 'West Azerbaijan', 'ارومیه', 'Urmia'),
  p('IR-05', 'کرمانشاه', 'Kermanshah', 'کرمانشاه', 'Kermanshah'),
  p('IR-06', 'خوزستان', 'Khuzestan', 'اهواز', 'Ahvaz'),
  p('IR-07', 'فارس', 'Fars', 'شیراز', 'Shiraz'),
  p('IR-08', 'کرمان', 'Kerman', 'کرمان', 'Kerman'),
  p('IR-09', 'خراسان رضوی', 'Razavi Khorasan', 'مشهد', 'Mashhad'),
  p('IR-10', 'اصفهان', 'Isfahan', 'اصفهان', 'Isfahan'),
  p('IR-11', 'سیستان و بلوچستان', 'Sistan and Baluchestan', 'زاهدان', 'Zahedan'),
  p('IR-12', 'کردستان', 'Kurdistan', 'سنندج', 'Sanandaj'),
  p('IR-13', 'همدان', 'Hamadan', 'همدان', 'Hamadan'),
  p('IR-14', 'چهارمحال و بختیاری', 'Chaharmahal and Bakhtiari', 'شهرکرد', 'Shahrekord'),
  p('IR-15', 'لرستان', 'Lorestan', 'خرم‌آباد', 'Khorramabad'),
  p('IR-16', 'ایلام', 'Ilam', 'ایلام', 'Ilam'),
  p('IR-17', 'کهگیلویه و بویراحمد', 'Kohgiluyeh and Boyer-Ahmad', 'یاسوج', 'Yasuj'),
  p('IR-18', 'بوشهر', 'Bushehr', 'بوشهر', 'Bushehr'),
  p('IR-19', 'زنجان', 'Zanjan', 'زنجان', 'Zanjan'),
  p('IR-20', 'سمنان', 'Semnan', 'سمنان', 'Semnan'),
  p('IR-21', 'یزد', 'Yazd', 'یزد', 'Yazd'),
  p('IR-22', 'هرمزگان', 'Hormozgan', 'بندرعباس', 'Bandar Abbas'),
  p('IR-23', 'تهران', 'Tehran', 'تهران', 'Tehran'),
  p('IR-24', 'اردبیل', 'Ardabil', 'اردبیل', 'Ardabil'),
  p('IR-25', 'قم', 'Qom', 'قم', 'Qom'),
  p('IR-26', 'قزوین', 'Qazvin', 'قزوین', 'Qazvin'),
  p('IR-27', 'گلستان', 'Golestan', 'گرگان', 'Gorgan'),
  p('IR-28', 'خراسان شمالی', 'North Khorasan', 'بجنورد', 'Bojnurd'),
  p('IR-29', 'خراسان جنوبی', 'South Khorasan', 'بیرجند', 'Birjand'),
  p('IR-30', 'البرز', 'Alborz', 'کرج', 'Karaj'),
];

function p(code: string, nameFa: string, nameEn: string, capitalFa: string, capitalEn: string): ProvinceReference {
  return { code, nameFa, nameEn, capitalFa, capitalEn };
}

const PROVINCE_CODE = /^IR-\d{2}$/;

/** Whether the text has the shape of a code (`IR-` and two digits); says nothing of whether it exists. */
export function isProvinceCodeShape(code: string): boolean {
  return PROVINCE_CODE.test(code);
}

export function findProvince(code: string): ProvinceReference | undefined {
  return PROVINCES.find((province) => province.code === code);
}

/** Checks a province code argument's shape before any lookup; the lookup decides whether it exists. */
export function parseProvinceCode(code: string, field: string): string {
  const normalized = code.trim().toUpperCase();
  if (!isProvinceCodeShape(normalized)) {
    throw new BadUserInputError(field, `expected an ISO 3166-2:IR code such as IR-02, got "${code}"`, 'کد استان');
  }
  return normalized;
}
