/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/**
 * Roles that can change records.
 * نقش
 */
export type ActorRole =
  /** A national administrator. | مدیر ملی */
  | 'NATIONAL_ADMIN'
  /** An editor of one province's records. | ویرایشگر استان */
  | 'PROVINCE_EDITOR'
  /** A reader without a token (never changes anything; listed for completeness). | عموم */
  | 'PUBLIC'
  /** The source record itself: the seed that loaded it (subject source-record) and corrections of it shipped with the software (subject source-record-correction, each with its reason). | بارگذاری و اصلاح منبع */
  | 'SEED';

/**
 * What happened to a record.
 * نوع تغییر
 */
export type ChangeOperation =
  /** The record was created. | ایجاد */
  | 'CREATE'
  /** The record was removed. | حذف */
  | 'DELETE'
  /** Fields of the record changed. | ویرایش */
  | 'UPDATE';

/**
 * A day given by a client, in exactly one calendar: `iso` (Gregorian, 2026-01-05) or `jalali` (1404-10-15,
 * in any digits).
 * تاریخ ورودی
 */
export type DateInput = {
  /** The day as an ISO 8601 date, YYYY-MM-DD. | تاریخ میلادی */
  iso?: string | null | undefined;
  /** The day in the Jalali calendar, YYYY-MM-DD; Persian and Arabic-Indic digits are accepted. | تاریخ خورشیدی */
  jalali?: string | null | undefined;
};

/**
 * A span of days, both ends included; either end may be left open.
 * بازهٔ تاریخ
 */
export type DateRangeInput = {
  /** The first day of the span. | از تاریخ */
  from?: DateInput | null | undefined;
  /** The last day of the span. | تا تاریخ */
  to?: DateInput | null | undefined;
};

/**
 * How exactly a report states a figure: "over 20,000" is AT_LEAST 20000, never 20000 itself.
 * قید رقم
 */
export type FigureQualifier =
  /** An approximation: "about" (حدود). | حدود */
  | 'ABOUT'
  /** A lower bound: "over", "more than" (بیش از). | بیش از */
  | 'AT_LEAST'
  /** An upper bound: "up to", "at most" (تا، حداکثر). | حداکثر */
  | 'AT_MOST'
  /** The figure as stated, without a qualifier. | دقیق */
  | 'EXACT'
  /** A range between two figures (… تا …). | بازه */
  | 'RANGE';

/**
 * Kinds of funding.
 * نوع منبع مالی
 */
export type FundingKind =
  /** Bank facilities. | تسهیلات بانکی */
  | 'BANK_LOAN'
  /** Raised on the capital market or stock exchange. | بازار سرمایه */
  | 'CAPITAL_MARKET'
  /** Government budget. | بودجه دولتی */
  | 'GOVERNMENT'
  /** Contributions of the shareholder municipalities. | شهرداری‌ها */
  | 'MUNICIPALITIES'
  /** Anything else. | سایر */
  | 'OTHER'
  /** The organization's own resources. | منابع داخلی */
  | 'OWN_FUNDS'
  /** Private investors. | سرمایه‌گذاری بخش خصوصی */
  | 'PRIVATE_INVESTMENT';

/**
 * A span of rial amounts, both ends included; either end may be left open.
 * بازهٔ مبلغ
 */
export type MoneyRangeInput = {
  /** The largest amount, in rials. | حداکثر (ریال) */
  maxRials?: string | null | undefined;
  /** The smallest amount, in rials. | حداقل (ریال) */
  minRials?: string | null | undefined;
};

/**
 * Which way a list is sorted.
 * جهت مرتب‌سازی
 */
export type OrderDirection =
  /** Smallest, earliest or first in the alphabet first. | صعودی */
  | 'ASC'
  /** Largest, latest or last in the alphabet first. | نزولی */
  | 'DESC';

/**
 * Which projects a list or a summary covers; every condition given must hold.
 * پالایهٔ طرح‌ها
 */
export type ProjectFilter = {
  /** Projects whose budget range overlaps this span of rials (projects without a budget are left out). | بازهٔ بودجه */
  budget?: MoneyRangeInput | null | undefined;
  /** Projects funded by any of these kinds of source. | منابع مالی */
  fundingKinds?: Array<FundingKind> | null | undefined;
  /** Only these ids, at most 100 (a lookup of many records at once); an empty list matches none. | شناسه‌ها */
  ids?: Array<string | number> | null | undefined;
  /** Only generated (true) or only real (false) projects; both when omitted. | مصنوعی */
  isSynthetic?: boolean | null | undefined;
  /** Projects of any of these organizations. | سازمان‌ها */
  organizationIds?: Array<string | number> | null | undefined;
  /** Projects in any of these provinces (ISO codes). | استان‌ها */
  provinceCodes?: Array<string | number> | null | undefined;
  /** Words in the title or description, in any keyboard or digits. | جست‌وجو */
  search?: string | null | undefined;
  /** Projects in any of these sectors. | بخش‌ها */
  sectors?: Array<ProjectSector> | null | undefined;
  /** Projects that started within this span (Jalali or ISO days). | بازهٔ تاریخ شروع */
  startedOn?: DateRangeInput | null | undefined;
  /** Projects in any of these statuses. | وضعیت‌ها */
  statuses?: Array<ProjectStatus> | null | undefined;
};

/**
 * How a list of projects is sorted; the id breaks ties, so the order is total and cursors exact.
 * ترتیب طرح‌ها
 */
export type ProjectOrder = {
  /** Which way. | جهت */
  direction?: OrderDirection | null | undefined;
  /** What to sort by. | مبنای ترتیب */
  field: ProjectOrderField;
};

/**
 * What projects can be sorted by. Projects without a value come last.
 * مبنای ترتیب طرح
 */
export type ProjectOrderField =
  /** The upper bound of the budget. | بودجه */
  | 'BUDGET'
  /** When the record was created. | زمان ثبت */
  | 'CREATED_AT'
  /** Expected direct jobs. | اشتغال */
  | 'EXPECTED_JOBS'
  /** The day work started. | تاریخ شروع */
  | 'STARTED_ON'
  /** Persian title. | عنوان */
  | 'TITLE';

/**
 * The field a project works in.
 * بخش
 */
export type ProjectSector =
  /** Power generation, e.g. solar plants. | انرژی */
  | 'ENERGY'
  /** Hospitals and clinics. | سلامت */
  | 'HEALTH'
  /** Anything else. | سایر */
  | 'OTHER'
  /** Office and public buildings. | ساختمان‌های اداری و عمومی */
  | 'PUBLIC_BUILDINGS'
  /** Roads, asphalt and paving. | راه و آسفالت */
  | 'ROADS_AND_PAVING'
  /** Smart-city and knowledge-based technology. | فناوری و هوشمندسازی */
  | 'TECHNOLOGY'
  /** Tourism. | گردشگری */
  | 'TOURISM'
  /** Trade, supply and logistics. | بازرگانی */
  | 'TRADE'
  /** Collection, processing and disposal of urban waste. | مدیریت پسماند */
  | 'WASTE_MANAGEMENT';

/**
 * A project's life cycle (after IATI's activity status).
 * وضعیت طرح
 */
export type ProjectStatus =
  /** Approved by the deciding body, work not started. | مصوب */
  | 'APPROVED'
  /** Abandoned. | لغوشده */
  | 'CANCELLED'
  /** Finished. | تکمیل‌شده */
  | 'COMPLETED'
  /** Under way. | در حال اجرا */
  | 'IN_PROGRESS'
  /** Identified or announced, not yet approved. | پیشنهادی */
  | 'PROPOSED'
  /** Halted, may resume. | متوقف */
  | 'SUSPENDED';

export type ChangeProjectStatusMutationVariables = Exact<{
  id: string | number;
  version: number;
  status: ProjectStatus;
}>;


export type ChangeProjectStatusMutation = { changeProjectStatus: { id: string, status: ProjectStatus | null, version: number } };

export type ProjectsExportQueryVariables = Exact<{
  filter?: ProjectFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProjectsExportQuery = { projects: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, sector: ProjectSector, status: ProjectStatus | null, isSynthetic: boolean, province: { code: string, nameFa: string } | null, budget: { reportedText: string | null, min: { rials: string }, max: { rials: string } } | null, startedOn: { jalali: string, iso: string } | null }> } | null };

export type ProjectsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ProjectFilter | null | undefined;
  orderBy?: ProjectOrder | null | undefined;
}>;


export type ProjectsPageQuery = { projects: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, sector: ProjectSector, status: ProjectStatus | null, province: { code: string, nameFa: string } | null, startedOn: { jalali: string, persian: string } | null, budget: { isRange: boolean, min: { rials: string }, max: { rials: string } } | null }> } | null };

export type ProvinceOverviewQueryVariables = Exact<{
  code: string | number;
}>;


export type ProvinceOverviewQuery = { province: { code: string, nameFa: string, nameEn: string, organization: { id: string, name: string, ceoName: string | null, version: number, projects: { totalCount: number, nodes: Array<{ id: string, title: string, sector: ProjectSector, status: ProjectStatus | null, version: number, budget: { isRange: boolean, reportedText: string | null, min: { rials: string, persian: string }, max: { rials: string, persian: string } } | null }> } | null, agreements: { nodes: Array<{ id: string, number: string | null, title: string, signedOn: { iso: string, jalali: string, persian: string } | null }> } | null } | null } | null };

export type ProjectCardFragment = { id: string, title: string, sector: ProjectSector, status: ProjectStatus | null, version: number, budget: { isRange: boolean, reportedText: string | null, min: { rials: string, persian: string }, max: { rials: string, persian: string } } | null };

export type InsightsInvestmentByProvinceAndSectorQueryVariables = Exact<{ [key: string]: never; }>;


export type InsightsInvestmentByProvinceAndSectorQuery = { investmentSummary: Array<{ sector: ProjectSector | null, projectCount: number, projectsWithBudget: number, expectedJobs: number | null, province: { code: string, nameFa: string } | null, budgetMax: { rials: string } | null }> | null };

export type InsightsAgreementNetworkQueryVariables = Exact<{ [key: string]: never; }>;


export type InsightsAgreementNetworkQuery = { agreementNetwork: { totalAgreements: number, edges: Array<{ agreementCount: number, from: { code: string, nameFa: string }, to: { code: string, nameFa: string } }> } };

export type InsightsAgreementsBySigningDayQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type InsightsAgreementsBySigningDayQuery = { agreements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ signedOn: { jalali: string } | null }> } | null };

export type InsightsProjectsAsCsvQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InsightsProjectsAsCsvQuery = { projects: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ title: string, titleEn: string | null, sector: ProjectSector, status: ProjectStatus | null, expectedJobs: number | null, expectedJobsQualifier: FigureQualifier | null, province: { code: string, nameFa: string } | null, organization: { name: string } | null, budget: { reportedText: string | null, min: { rials: string }, max: { rials: string } } | null, startedOn: { jalali: string, iso: string } | null }> } | null };

export type InvestmentByProvinceAndSectorQueryVariables = Exact<{
  includeSynthetic?: boolean | null | undefined;
}>;


export type InvestmentByProvinceAndSectorQuery = { investmentSummary: Array<{ sector: ProjectSector | null, projectCount: number, projectsWithBudget: number, expectedJobs: number | null, province: { code: string, nameFa: string, nameEn: string } | null, budgetMin: { rials: string, persian: string } | null, budgetMax: { rials: string, persian: string } | null }> | null };

export type AgreementNetworkAroundRazaviKhorasanQueryVariables = Exact<{ [key: string]: never; }>;


export type AgreementNetworkAroundRazaviKhorasanQuery = { agreementNetwork: { totalAgreements: number, edges: Array<{ agreementCount: number, from: { code: string, nameFa: string, nameEn: string }, to: { code: string, nameFa: string, nameEn: string }, areas: Array<{ code: string, nameFa: string }> }> } };

export type MazandaranOrganizationProjectsAndMousQueryVariables = Exact<{ [key: string]: never; }>;


export type MazandaranOrganizationProjectsAndMousQuery = { province: { nameFa: string, nameEn: string, organization: { name: string, ceoName: string | null, projects: { nodes: Array<{ title: string, status: ProjectStatus | null, budget: { reportedText: string | null } | null }> } | null, agreements: { nodes: Array<{ number: string | null, title: string, signedOn: { jalali: string, persian: string, iso: string } | null }> } | null } | null } | null };

export type HistoryOfARecordQueryVariables = Exact<{ [key: string]: never; }>;


export type HistoryOfARecordQuery = { projects: { nodes: Array<{ title: string, version: number, history: { totalCount: number, nodes: Array<{ version: number, operation: ChangeOperation, changedAt: string, actor: { role: ActorRole, provinceCode: string | null, subject: string | null }, changes: Array<{ field: string, before: string | null, after: string | null }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, sources: Array<{ reportId: string, excerpt: string | null }> }> } | null };

export type SearchInPersianQueryVariables = Exact<{
  text?: string | null | undefined;
}>;


export type SearchInPersianQuery = { projects: { totalCount: number, nodes: Array<{ title: string, sector: ProjectSector, status: ProjectStatus | null, province: { nameFa: string } | null }> } | null, agreements: { totalCount: number, nodes: Array<{ number: string | null, title: string, signedOn: { persian: string } | null }> } | null };

export const ProjectCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvestmentProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isRange"}},{"kind":"Field","name":{"kind":"Name","value":"reportedText"}},{"kind":"Field","name":{"kind":"Name","value":"min"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rials"}},{"kind":"Field","name":{"kind":"Name","value":"persian"}}]}},{"kind":"Field","name":{"kind":"Name","value":"max"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rials"}},{"kind":"Field","name":{"kind":"Name","value":"persian"}}]}}]}}]}}]} as unknown as DocumentNode<ProjectCardFragment, unknown>;
export const ChangeProjectStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeProjectStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeProjectStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ChangeProjectStatusMutation, ChangeProjectStatusMutationVariables>;
export const ProjectsExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectsExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameFa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rials"}}]}},{"kind":"Field","name":{"kind":"Name","value":"max"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rials"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportedText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jalali"}},{"kind":"Field","name":{"kind":"Name","value":"iso"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isSynthetic"}}]}}]}}]}}]} as unknown as DocumentNode<ProjectsExportQuery, ProjectsExportQueryVariables>;
export const ProjectsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameFa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jalali"}},{"kind":"Field","name":{"kind":"Name","value":"persian"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rials"}}]}},{"kind":"Field","name":{"kind":"Name","value":"max"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rials"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isRange"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectsPageQuery, ProjectsPageQueryVariables>;
export const ProvinceOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvinceOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameFa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ceoName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectCard"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}},{"kind":"Field","name":{"kind":"Name","value":"jalali"}},{"kind":"Field","name":{"kind":"Name","value":"persian"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvestmentProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isRange"}},{"kind":"Field","name":{"kind":"Name","value":"reportedText"}},{"kind":"Field","name":{"kind":"Name","value":"min"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rials"}},{"kind":"Field","name":{"kind":"Name","value":"persian"}}]}},{"kind":"Field","name":{"kind":"Name","value":"max"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rials"}},{"kind":"Field","name":{"kind":"Name","value":"persian"}}]}}]}}]}}]} as unknown as DocumentNode<ProvinceOverviewQuery, ProvinceOverviewQueryVariables>;
export const InsightsInvestmentByProvinceAndSectorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InsightsInvestmentByProvinceAndSector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"investmentSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PROVINCE"},{"kind":"EnumValue","value":"SECTOR"}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"isSynthetic"},"value":{"kind":"BooleanValue","value":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameFa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"projectsWithBudget"}},{"kind":"Field","name":{"kind":"Name","value":"budgetMax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rials"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedJobs"}}]}}]}}]} as unknown as DocumentNode<InsightsInvestmentByProvinceAndSectorQuery, InsightsInvestmentByProvinceAndSectorQueryVariables>;
export const InsightsAgreementNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InsightsAgreementNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalAgreements"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameFa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameFa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreementCount"}}]}}]}}]}}]} as unknown as DocumentNode<InsightsAgreementNetworkQuery, InsightsAgreementNetworkQueryVariables>;
export const InsightsAgreementsBySigningDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InsightsAgreementsBySigningDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"signedOn"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"jalali"},"value":{"kind":"StringValue","value":"1300-01-01","block":false}}]}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"SIGNED_ON"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jalali"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InsightsAgreementsBySigningDayQuery, InsightsAgreementsBySigningDayQueryVariables>;
export const InsightsProjectsAsCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InsightsProjectsAsCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"isSynthetic"},"value":{"kind":"BooleanValue","value":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"TITLE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameFa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rials"}}]}},{"kind":"Field","name":{"kind":"Name","value":"max"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rials"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportedText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedJobs"}},{"kind":"Field","name":{"kind":"Name","value":"expectedJobsQualifier"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jalali"}},{"kind":"Field","name":{"kind":"Name","value":"iso"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InsightsProjectsAsCsvQuery, InsightsProjectsAsCsvQueryVariables>;
export const InvestmentByProvinceAndSectorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvestmentByProvinceAndSector"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeSynthetic"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"investmentSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PROVINCE"},{"kind":"EnumValue","value":"SECTOR"}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"isSynthetic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSynthetic"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameFa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"projectsWithBudget"}},{"kind":"Field","name":{"kind":"Name","value":"budgetMin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rials"}},{"kind":"Field","name":{"kind":"Name","value":"persian"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetMax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rials"}},{"kind":"Field","name":{"kind":"Name","value":"persian"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedJobs"}}]}}]}}]} as unknown as DocumentNode<InvestmentByProvinceAndSectorQuery, InvestmentByProvinceAndSectorQueryVariables>;
export const AgreementNetworkAroundRazaviKhorasanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementNetworkAroundRazaviKhorasan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"provinceCodes"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"IR-09","block":false}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalAgreements"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameFa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameFa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreementCount"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameFa"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgreementNetworkAroundRazaviKhorasanQuery, AgreementNetworkAroundRazaviKhorasanQueryVariables>;
export const MazandaranOrganizationProjectsAndMousDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MazandaranOrganizationProjectsAndMous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"IR-02","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameFa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ceoName"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportedText"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jalali"}},{"kind":"Field","name":{"kind":"Name","value":"persian"}},{"kind":"Field","name":{"kind":"Name","value":"iso"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MazandaranOrganizationProjectsAndMousQuery, MazandaranOrganizationProjectsAndMousQueryVariables>;
export const HistoryOfARecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HistoryOfARecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"provinceCodes"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"IR-02","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"StringValue","value":"نیروگاه خورشیدی","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HistoryOfARecordQuery, HistoryOfARecordQueryVariables>;
export const SearchInPersianDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchInPersian"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}},"defaultValue":{"kind":"StringValue","value":"پسماند","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameFa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persian"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchInPersianQuery, SearchInPersianQueryVariables>;