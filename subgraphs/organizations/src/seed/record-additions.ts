import { citeOnce, seedIds, stableId } from '@hamyar/shared';
import type { EntityManager } from 'typeorm';
import { FIGURES } from './source-record';
import { PEOPLE, STATEMENTS } from './people-and-statements';

/** Seed figures are numbered by their place in FIGURES: the ids the seed gave them. */
const figureId = (provinceCode: string, index: number) => stableId('figure', `${provinceCode}/${index}`);

/**
 * The facts added to the record after its first seed: people, statements, and the figures' citations. In
 * plain SQL and idempotent (rows by stable id, citations once), so the same function completes a fresh seed
 * and brings a database seeded before them up to date from its migration.
 */
export async function writeRecordAdditions(manager: EntityManager): Promise<void> {
  for (const person of PEOPLE) {
    const id = seedIds.person(person.slug);
    await manager.query(
      `INSERT INTO person (id, name_fa, name_en, role_fa, role_en, organization_id, body_fa, body_en, province_code)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (id) DO NOTHING`,
      [
        id,
        person.nameFa,
        person.nameEn,
        person.roleFa,
        person.roleEn,
        person.organizationProvinceCode ? seedIds.organization(person.organizationProvinceCode) : null,
        person.bodyFa ?? null,
        person.bodyEn ?? null,
        person.provinceCode ?? null,
      ],
    );
    for (const source of person.sources) await citeOnce(manager, 'Person', id, source);
  }
  for (const [position, statement] of STATEMENTS.entries()) {
    const id = seedIds.statement(statement.slug);
    const figure = statement.figure;
    await manager.query(
      `INSERT INTO statement (id, kind, summary_fa, summary_en, attributed_to_fa, speaker_id, organization_id, event_id, project_id,
                              figure_value, figure_max, figure_qualifier, figure_reported_text, figure_unit_fa, figure_about_fa, figure_about_en,
                              report_id, position)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) ON CONFLICT (id) DO NOTHING`,
      [
        id,
        statement.kind,
        statement.summaryFa,
        statement.summaryEn,
        statement.attributedToFa,
        statement.speakerSlug ? seedIds.person(statement.speakerSlug) : null,
        statement.organizationProvinceCode ? seedIds.organization(statement.organizationProvinceCode) : null,
        statement.eventSlug ? seedIds.event(statement.eventSlug) : null,
        statement.projectSlug ? seedIds.project(statement.projectSlug) : null,
        figure?.value.toString() ?? null,
        (figure?.max ?? figure?.value)?.toString() ?? null,
        figure?.qualifier ?? null,
        figure?.reportedText ?? null,
        figure?.unitFa ?? null,
        figure?.aboutFa ?? null,
        figure?.aboutEn ?? null,
        statement.source.reportId,
        position,
      ],
    );
    await citeOnce(manager, 'Statement', id, statement.source);
  }
  for (const [index, figure] of FIGURES.entries()) {
    await citeOnce(manager, 'OrganizationFigure', figureId(figure.provinceCode, index), figure.source);
  }
}
