import { normalizePersian, SOURCE_REPORTS } from '@hamyar/shared';
import { sharedFederation, type SharedFederation } from './support/shared-federation';
import { mentions, parseReportedNumber, qualifierIn, reportText } from './support/report-text';

/**
 * Report by report, through the gateway: everything the record holds from the report (every record citing
 * it, in all three subgraphs) is checked against the report's text, as a careful reader would: the excerpt
 * occurs word for word, every figure has the value and the qualifier its words give, every statement and
 * person is attributed to someone the report names. A report the record holds nothing of fails.
 */

interface Citation {
  recordType: string;
  recordId: string;
  excerpt: string | null;
}

type Checker = (f: SharedFederation, id: string, report: string, reportId: string) => Promise<void>;

async function data<T = any>(f: SharedFederation, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await f.query<T>(query, variables);
  expect(response.body.errors).toBeUndefined();
  return response.body.data as T;
}

/** A figure is as its words say: the value they write, the qualifier they give, and the words in the passage. */
function expectFigure(figure: { value: number | string; max?: number | string; qualifier: string; reportedText: string }, excerpt: string) {
  expect(normalizePersian(excerpt)).toContain(normalizePersian(figure.reportedText));
  expect(Number(figure.value)).toBe(parseReportedNumber(figure.reportedText));
  expect(figure.qualifier).toBe(qualifierIn(excerpt, figure.reportedText));
}

const CHECKERS: Record<string, Checker> = {
  async Statement(f, id, report) {
    const { statement } = await data(
      f,
      `query ($id: ID!) { statement(id: $id) { kind attributedTo speaker { name role } figure { value max qualifier reportedText about }
         source { excerpt } } }`,
      { id },
    );
    expect(mentions(report, statement.attributedTo)).toBe(true);
    if (statement.speaker) expect(mentions(report, statement.speaker.name ?? statement.speaker.role)).toBe(true);
    if (statement.figure) {
      expectFigure(statement.figure, statement.source.excerpt);
      // Attributed to what the report says it counts, which its passage names.
      expect(mentions(statement.source.excerpt, statement.figure.about)).toBe(true);
    }
  },
  async Person(f, id, report) {
    const { person } = await data(f, `query ($id: ID!) { person(id: $id) { name role body } }`, { id });
    if (person.name) expect(mentions(report, person.name)).toBe(true);
    // The role as the report words it (a parenthesis only explains it, e.g. which service a reporter is of).
    if (person.role) expect(mentions(report, person.role.replace(/\s*\(.*\)$/, ''))).toBe(true);
    if (person.body) expect(mentions(report, person.body)).toBe(true);
  },
  async Event(f, id, report) {
    const { event } = await data(
      f,
      `query ($id: ID!) { event(id: $id) { heldOn { iso } heldAsReported { text jalaliYear } reportedAgreementCount reportedPartnerProvinceCount
         expectedDirectJobs expectedDirectJobsQualifier participants { name } sources { reportId excerpt } } }`,
      { id },
    );
    const excerpts = event.sources.map((s: { excerpt: string }) => s.excerpt).join(' ');
    // No day is invented: none of the reports gives a full date for an event.
    expect(event.heldOn).toBeNull();
    if (event.heldAsReported) {
      expect(report).toContain(event.heldAsReported.text);
      expect(event.heldAsReported.jalaliYear).toBeNull();
    }
    if (event.reportedAgreementCount !== null) expect(normalizePersian(excerpts)).toContain(`${event.reportedAgreementCount} عنوان تفاهم`);
    if (event.reportedPartnerProvinceCount !== null)
      expect(normalizePersian(excerpts)).toContain(`${event.reportedPartnerProvinceCount} استان`);
    if (event.expectedDirectJobs !== null) {
      const words = excerpts.match(/بیش از 20 هزار|\d+ هزار/)![0];
      expectFigure({ value: event.expectedDirectJobs, qualifier: event.expectedDirectJobsQualifier, reportedText: words }, excerpts);
    }
  },
  async InvestmentProject(f, id) {
    const { project } = await data(
      f,
      `query ($id: ID!) { project(id: $id) { title budget { isRange min { tomans } max { tomans } reportedUnit } sources { excerpt } } }`,
      { id },
    );
    if (project.budget) {
      const billions = (tomans: string) => String(BigInt(tomans) / 1_000_000_000n);
      const [min, max] = [billions(project.budget.min.tomans), billions(project.budget.max.tomans)];
      const words = project.budget.isRange ? `${min} تا ${max} میلیارد تومان` : `${min} میلیارد تومان`;
      expect(project.sources.some((s: { excerpt: string }) => normalizePersian(s.excerpt).includes(words))).toBe(true);
    }
  },
  async Agreement(f, id) {
    const { agreement } = await data(
      f,
      `query ($id: ID!) { agreement(id: $id) { numberAsReported signedOn { persian } sources { excerpt } } }`,
      { id },
    );
    const excerpts = agreement.sources.map((s: { excerpt: string }) => s.excerpt).join(' ');
    if (agreement.numberAsReported) expect(excerpts).toContain(`شماره ${agreement.numberAsReported}`);
    if (agreement.signedOn) expect(excerpts).toContain(`مورخ ${agreement.signedOn.persian}`);
  },
  async Organization(f, id, report) {
    const { organization } = await data(f, `query ($id: ID!) { organization(id: $id) { ceoName province { nameFa } } }`, { id });
    expect(mentions(report, organization.province.nameFa)).toBe(true);
  },
  async OrganizationFigure(f, id, report, reportId) {
    const { organizations } = await data(
      f,
      `{ organizations(first: 40) { nodes { id figures { nodes { value qualifier source { reportId excerpt } } } } } }`,
      {},
    );
    const figures = organizations.nodes.flatMap((o: { figures: { nodes: unknown[] } }) => o.figures.nodes) as {
      value: number;
      qualifier: string;
      source: { reportId: string; excerpt: string };
    }[];
    for (const figure of figures.filter((fig) => fig.source.reportId === reportId)) {
      expect(report).toContain(figure.source.excerpt);
      const digits = normalizePersian(figure.source.excerpt);
      const words = digits.match(new RegExp(`(بیش از )?(${figure.value}|${figure.value / 1000} هزار)`))![0];
      expectFigure({ value: figure.value, qualifier: figure.qualifier, reportedText: words }, figure.source.excerpt);
    }
    expect(id).toBeTruthy();
  },
  async Municipality(f, id, report) {
    const { municipality } = await data(f, `query ($id: ID!) { municipality(id: $id) { nameFa } }`, { id });
    expect(mentions(report, municipality.nameFa)).toBe(true);
  },
  async Shareholding(f, _id, report) {
    expect(mentions(report, 'بیشترین سهام')).toBe(true);
  },
  async SubsidiaryCompany(f, id, report) {
    const { organizations } = await data(f, `{ organizations(first: 40) { nodes { subsidiaries { nodes { id nameFa } } } } }`, {});
    const company = organizations.nodes.flatMap((o: any) => o.subsidiaries.nodes).find((c: { id: string }) => c.id === id);
    expect(company).toBeDefined();
    // A company is a subsidiary only where the report says the organization founded it (تأسیس).
    expect(report).toContain(`تأسیس شرکت ${company.nameFa}`);
  },
};

/** What each report must hold in the record at least: the facts a careful reader finds in it. */
const EXPECTED: Record<string, (f: SharedFederation) => Promise<void>> = {
  async 'news-000'(f) {
    const { events } = await data(
      f,
      `{ events(first: 50) { nodes { name kind durationDays expectedDirectJobs expectedDirectJobsQualifier agenda { title } participants { name role } } } }`,
      {},
    );
    const summit = events.nodes.find((e: { kind: string }) => e.kind === 'SUMMIT');
    expect(summit).toMatchObject({ durationDays: 1, expectedDirectJobs: 20000, expectedDirectJobsQualifier: 'AT_LEAST' });
    expect(summit.agenda.map((a: { title: string }) => a.title).join(' ')).toMatch(/اساسنامه[^]*آیین‌نامه معاملاتی[^]*چارت سازمانی/);
    expect(summit.participants).toContainEqual({ name: 'میثم کرمانی', role: 'SPEAKER' });
  },
  async 'news-001'(f) {
    const { events } = await data(
      f,
      `{ events(first: 50) { nodes { kind hostOrganization { province { code } } participants { name role organization { id } }
           sources { reportId } } } }`,
      {},
    );
    const meeting = events.nodes.find((e: { kind: string }) => e.kind === 'COMMITTEE_MEETING');
    expect(meeting.hostOrganization.province.code).toBe('IR-09');
    expect(meeting.participants.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining([
        'نمایندگان سازمان همیاری شهرداری‌های خراسان رضوی',
        'مدیران و کارشناسان دفتر فنی و شهری استانداری',
        'میثم کرمانی',
      ]),
    );
    const { statements } = await data(
      f,
      `{ statements(first: 100) { nodes { kind summaryEn attributedTo event { id } source { reportId } } } }`,
      {},
    );
    const said = statements.nodes.filter((s: { source: { reportId: string } }) => s.source.reportId === 'news-001');
    const topics = said.map((s: { summaryEn: string }) => s.summaryEn).join(' ');
    for (const topic of [
      /economic projects/,
      /knowledge-based/,
      /capital market and the stock exchange/,
      /investment packages/,
      /[Ss]eminars/,
      /project-based/,
    ]) {
      expect(topics).toMatch(topic);
    }
    expect(new Set(said.map((s: { attributedTo: string }) => s.attributedTo))).toEqual(new Set(['میثم کرمانی']));
  },
  async 'news-002'(f) {
    const { statements } = await data(
      f,
      `{ statements(first: 100, kinds: [DIRECTIVE, APPROACH]) { nodes { kind attributedTo project { id } } } }`,
      {},
    );
    expect(statements.nodes).toContainEqual(expect.objectContaining({ kind: 'DIRECTIVE', attributedTo: 'استانداری مازندران' }));
    expect(statements.nodes).toContainEqual(expect.objectContaining({ kind: 'APPROACH', attributedTo: 'محسن رضایی' }));
    const { events } = await data(f, `{ events(first: 50) { nodes { kind agenda { title outcome } } } }`, {});
    expect(events.nodes.find((e: { kind: string }) => e.kind === 'COUNCIL_MEETING').agenda).toEqual([
      { title: 'احداث نیروگاه‌های خورشیدی', outcome: 'APPROVED' },
    ]);
  },
  async 'news-003'(f) {
    const { statements } = await data(
      f,
      `{ statements(first: 100) { nodes { kind summaryEn figure { value qualifier aboutEn } source { reportId } } } }`,
      {},
    );
    const said = statements.nodes.filter((s: { source: { reportId: string } }) => s.source.reportId === 'news-003');
    expect(said).toContainEqual(expect.objectContaining({ kind: 'AIM', summaryEn: expect.stringMatching(/glass organization/) }));
    expect(said).toContainEqual(
      expect.objectContaining({ kind: 'PLAN', summaryEn: expect.stringMatching(/organization chart is being approved/) }),
    );
    expect(said).toContainEqual(expect.objectContaining({ kind: 'PLAN', summaryEn: expect.stringMatching(/legal institute/) }));
    expect(said.find((s: { figure: unknown }) => s.figure).figure).toEqual({
      value: '359',
      qualifier: 'AT_LEAST',
      aboutEn: 'Municipalities (not the cooperation organization)',
    });
    const { events } = await data(
      f,
      `{ events(first: 50) { nodes { kind status heldOn { iso } heldAsReported { text jalaliYear jalaliMonth firstDay lastDay } participants { role person { name role } } } } }`,
      {},
    );
    expect(events.nodes.find((e: { kind: string }) => e.kind === 'STARTUP_EVENT')).toEqual({
      kind: 'STARTUP_EVENT',
      status: 'ANNOUNCED',
      heldOn: null,
      heldAsReported: { text: '10 تا 12 اسفند ماه', jalaliYear: null, jalaliMonth: 12, firstDay: 10, lastDay: 12 },
      participants: [{ role: 'ANNOUNCER', person: { name: null, role: 'مدیرعامل شرکت همیار نت' } }],
    });
    const { province } = await data(f, `{ province(code: "IR-07") { organization { subsidiaries { nodes { nameEn } } } } }`, {});
    expect(province.organization.subsidiaries.nodes).toEqual([]);
  },
  async 'news-004'(f) {
    const { events } = await data(
      f,
      `{ events(first: 50) { nodes { kind convener durationDays heldAsReported { text } agenda { title } } } }`,
      {},
    );
    const meeting = events.nodes.find((e: { kind: string }) => e.kind === 'MEETING');
    expect(meeting).toMatchObject({ convener: 'وزارت کشور', durationDays: 1, heldAsReported: { text: 'روز گذشته' } });
    expect(meeting.agenda.length).toBeGreaterThanOrEqual(3);
    const { people } = await data(f, `{ people(first: 100) { nodes { name role } } }`, {});
    expect(people.nodes).toContainEqual({ name: 'سیدمحمد حجار حسینی', role: 'مدیرکل ارتباطات و امور بین‌الملل شهرداری قم' });
  },
};

describe('every report is in the record as it says, fact by fact', () => {
  let f: SharedFederation;
  beforeAll(async () => {
    f = await sharedFederation();
  });

  async function citationsOf(reportId: string): Promise<Citation[]> {
    const page = '(first: 100) { totalCount nodes { recordType recordId excerpt } }';
    const { sourceReport } = await data(
      f,
      `query ($id: ID!) { sourceReport(id: $id) { organizationsCitations${page} projectsCitations${page} agreementsCitations${page} } }`,
      { id: reportId },
    );
    const parts = [sourceReport.organizationsCitations, sourceReport.projectsCitations, sourceReport.agreementsCitations];
    for (const part of parts) expect(part.nodes).toHaveLength(part.totalCount);
    return parts.flatMap((part) => part.nodes);
  }

  it.each(SOURCE_REPORTS.map((r) => [r.id]))('%s: every fact the record holds from it is as the report says', async (reportId) => {
    const report = reportText(reportId);
    const citations = await citationsOf(reportId);
    expect(citations.length).toBeGreaterThan(0);
    for (const citation of citations) {
      expect(citation.excerpt).not.toBeNull();
      // Word for word, as the report's file has it.
      expect(report).toContain(citation.excerpt);
      const check = CHECKERS[citation.recordType];
      if (!check) throw new Error(`no check for ${citation.recordType} records: the test must know every kind of fact`);
      await check(f, citation.recordId, report, reportId);
    }
    await EXPECTED[reportId](f);
  });

  it('no report is without facts: each is cited by people or statements, and by events or projects', async () => {
    for (const { id } of SOURCE_REPORTS) {
      const types = new Set((await citationsOf(id)).map((c) => c.recordType));
      expect([id, types.has('Person') || types.has('Statement')]).toEqual([id, true]);
      expect([id, types.has('Event') || types.has('InvestmentProject') || types.has('Agreement')]).toEqual([id, true]);
    }
  });
});
