import { normalizePersian } from '@hamyar/shared';
import { sharedFederation, type SharedFederation } from './support/shared-federation';
import { qualifierIn } from './support/report-text';

/**
 * Through the gateway, every seeded status, funding kind and figure is checked against the passages its
 * record cites: a value the passages do not state in so many words must be unknown (null) or marked derived.
 * The words that state a status are listed here, independently of the seed: "put on the agenda" states none.
 */

/** Phrases (normalised Persian) that state each status; a status without one of them in its passages is a guess. */
const PROJECT_STATUS_WORDS: Record<string, readonly string[]> = {
  PROPOSED: ['در تلاشیم', 'مقرر شده', 'پیشنهاد'],
  APPROVED: ['به تصویب رسید', 'مصوب شد'],
  IN_PROGRESS: ['وارد فاز اجرایی شده', 'در حال اجرا', 'در حال احداث'],
  SUSPENDED: ['متوقف شده'],
  COMPLETED: ['به بهره برداری رسید', 'تکمیل شد'],
  CANCELLED: ['لغو شد'],
};

const AGREEMENT_STATUS_WORDS: Record<string, readonly string[]> = {
  PROPOSED: ['مقرر شده', 'انعقاد تفاهمنامه'],
  SIGNED: ['به امضاء رسید', 'منعقد شده', 'مورخ'],
  IN_IMPLEMENTATION: ['در حال اجرا'],
  COMPLETED: ['اجرا شد'],
  TERMINATED: ['فسخ شد', 'خاتمه یافت'],
};

/** Words that state where money comes from; an approach or an aim ("رویکرد") is not one. */
const FUNDING_WORDS = ['تامین مالی', 'تأمین مالی', 'با سرمایه', 'تسهیلات', 'اعتبار'];

const says = (passages: readonly string[], words: readonly string[]) =>
  passages.some((passage) => words.some((word) => normalizePersian(passage).includes(normalizePersian(word))));

describe('no seeded value is more certain than its excerpt', () => {
  let f: SharedFederation;
  beforeAll(async () => {
    f = await sharedFederation();
  });

  async function data(query: string) {
    const response = await f.query(query);
    expect(response.body.errors).toBeUndefined();
    return response.body.data;
  }

  it('a project has a status, a funding kind or a job figure only where its passages state one', async () => {
    const { projects } = await data(
      `{ projects(first: 100, filter: { isSynthetic: false }) { nodes { title status expectedJobs expectedJobsQualifier
           fundingSources { kind } sources { excerpt } } } }`,
    );
    expect(projects.nodes.length).toBeGreaterThan(0);
    const unknown: string[] = [];
    for (const project of projects.nodes) {
      const passages = project.sources.map((s: { excerpt: string }) => s.excerpt);
      if (project.status === null) unknown.push(project.title);
      else
        expect([project.title, project.status, says(passages, PROJECT_STATUS_WORDS[project.status])]).toEqual([
          project.title,
          project.status,
          true,
        ]);
      for (const funding of project.fundingSources)
        expect([project.title, funding.kind, says(passages, FUNDING_WORDS)]).toEqual([project.title, funding.kind, true]);
      if (project.expectedJobs !== null) expect(project.expectedJobsQualifier).not.toBeNull();
    }
    // "Put on the agenda" and "among the civil works" state no status.
    expect(unknown).toEqual(expect.arrayContaining(['اجرای آسفالت پلیمری', 'احداث بیمارستان جنت', 'ساختمان اداری سازمان در بلوار زند']));
  });

  it('an agreement has a status its passages state, and areas not stated for it are marked derived, with the reason', async () => {
    const { agreements } = await data(
      `{ agreements(first: 100) { nodes { title status cooperationAreas { nameFa } derivations { field reason reasonEn }
           event { reportedPartnerProvinceCount } sources { excerpt } } } }`,
    );
    expect(agreements.nodes.length).toBeGreaterThan(0);
    let derived = 0;
    for (const agreement of agreements.nodes) {
      const passages = agreement.sources.map((s: { excerpt: string }) => s.excerpt);
      expect([agreement.title, agreement.status, says(passages, AGREEMENT_STATUS_WORDS[agreement.status])]).toEqual([
        agreement.title,
        agreement.status,
        true,
      ]);
      // Areas reported for several provinces together are not stated for one pair of them.
      const jointly = (agreement.event?.reportedPartnerProvinceCount ?? 1) > 1;
      if (jointly && agreement.cooperationAreas.length > 0) {
        expect(agreement.derivations).toEqual([
          expect.objectContaining({ field: 'cooperationAreas', reasonEn: expect.stringMatching(/extrapolation/) }),
        ]);
        derived += 1;
      }
      for (const derivation of agreement.derivations) expect(derivation.reason.length).toBeGreaterThan(0);
    }
    expect(derived).toBe(11);
  });

  it('every figure keeps the qualifier of its words: "over 20,000" is AT_LEAST 20000, never 20000', async () => {
    const { events, statements, organizations } = await data(
      `{ events(first: 50) { nodes { name expectedDirectJobs expectedDirectJobsQualifier heldOn { iso } sources { excerpt } } }
         statements(first: 100) { nodes { summaryEn figure { value qualifier reportedText } source { excerpt } } }
         organizations(first: 40) { nodes { figures { nodes { value qualifier source { excerpt } } } } } }`,
    );
    let figures = 0;
    for (const event of events.nodes) {
      expect(event.heldOn).toBeNull();
      if (event.expectedDirectJobs === null) continue;
      const passage = event.sources.map((s: { excerpt: string }) => s.excerpt).find((e: string) => e.includes('فرصت شغلی'));
      expect(event.expectedDirectJobsQualifier).toBe(qualifierIn(passage, passage.match(/(بیش از )?\d+ هزار/)![0]));
      figures += 1;
    }
    for (const statement of statements.nodes.filter((s: { figure: unknown }) => s.figure)) {
      expect(statement.figure.qualifier).toBe(qualifierIn(statement.source.excerpt, statement.figure.reportedText));
      figures += 1;
    }
    for (const figure of organizations.nodes.flatMap((o: { figures: { nodes: unknown[] } }) => o.figures.nodes)) {
      const words = normalizePersian(figure.source.excerpt).match(
        new RegExp(`(بیش از |حدود )?(${figure.value}|${figure.value / 1000} هزار)`),
      )![0];
      expect(figure.qualifier).toBe(qualifierIn(figure.source.excerpt, words));
      figures += 1;
    }
    expect(figures).toBeGreaterThanOrEqual(8);
    expect(events.nodes.find((e: { expectedDirectJobs: number | null }) => e.expectedDirectJobs !== null)).toMatchObject({
      expectedDirectJobs: 20000,
      expectedDirectJobsQualifier: 'AT_LEAST',
    });
  });
});
