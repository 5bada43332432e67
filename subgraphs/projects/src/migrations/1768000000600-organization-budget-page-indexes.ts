import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `Organization.projects` ordered by budget: each index leads with the parent key and then the list's sort
 * keys, on the expression the list sorts by (undated budgets last: `COALESCE(budget_max_rials, ∓infinity)`,
 * see sortKeyExpression in shared/src/pagination/page-sql.ts), so an organization's page is a range of it from
 * the cursor instead of every project of the organization sorted. Descending pages walk the `-infinity` one
 * backwards.
 */
export class OrganizationBudgetPageIndexes1768000000600 implements MigrationInterface {
  name = 'OrganizationBudgetPageIndexes1768000000600';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX investment_project_organization_budget_asc ON investment_project (organization_id, (COALESCE(budget_max_rials, 'infinity'::numeric)), id)`,
    );
    await db.query(
      `CREATE INDEX investment_project_organization_budget_desc ON investment_project (organization_id, (COALESCE(budget_max_rials, '-infinity'::numeric)), id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX investment_project_organization_budget_desc`);
    await db.query(`DROP INDEX investment_project_organization_budget_asc`);
  }
}
