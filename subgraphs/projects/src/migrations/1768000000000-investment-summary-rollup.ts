import type { MigrationInterface, QueryRunner } from 'typeorm';

const KEYS = 'province_code, organization_id, sector, status, started_jalali_year, is_synthetic';
const MEASURE_LIST = [
  'project_count',
  'projects_with_budget',
  'budget_ranges',
  'budget_min_sum',
  'budget_max_sum',
  'projects_with_jobs',
  'expected_jobs_sum',
  'jobs_at_least',
  'jobs_at_most',
  'jobs_about',
] as const;
const MEASURES = MEASURE_LIST.join(', ');

/**
 * `project_investment_rollup`: the investment summary's counts and sums per combination of every dimension
 * the summary groups or filters by without a range or a text (province, organization, sector, status, Jalali
 * start year, synthetic or not), so `investmentSummary` reads a few thousand rollup rows instead of
 * aggregating every project on each request (issue 9: about 2 s at a million projects).
 *
 * Unknowns stay apart as issue 12 requires: beside each sum the rollup counts how many projects reported the
 * figure, so a group where nothing was reported reads back as NULL, not 0; how many job figures were lower
 * bounds, upper bounds or approximations is counted too, so a sum still says when it includes a bound.
 * Projects without a status are the rows whose `status` key is NULL.
 *
 * Kept exact on every write by statement-level triggers on investment_project reading the statement's
 * transition tables: a statement's rows are aggregated per group first, so a 5,000-row batch of the synthetic
 * seeder costs one grouped upsert, not 5,000. The upsert adds deltas (`count = count + delta`) under the
 * rollup row's lock, so concurrent writes to one group serialise on that row and none is lost; the groups of
 * one statement are upserted in key order, so two statements never take the same rows' locks in opposite
 * orders. Groups whose deltas cancel out (an edit of a title) are left untouched, so such edits take no lock.
 * Rows whose count falls to 0 stay (deleting them would race a concurrent insert into the same group); the
 * reader skips them. The summary sums no child rows (funding sources only filter), so only
 * investment_project has triggers.
 *
 * The triggers are created before the backfill, inside the migration's transaction: CREATE TRIGGER takes a
 * lock that blocks writes to investment_project until the migration commits, so no write can fall between
 * the backfill and the triggers. `SET search_path FROM CURRENT` pins the functions to the subgraph's schema, so
 * a write from a session with another search_path still reaches this schema's rollup.
 */
export class InvestmentSummaryRollup1768000000000 implements MigrationInterface {
  name = 'InvestmentSummaryRollup1768000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE project_investment_rollup (
        province_code varchar(5) NOT NULL,
        organization_id uuid NOT NULL,
        sector varchar(30) NOT NULL,
        status varchar(20),
        started_jalali_year integer,
        is_synthetic boolean NOT NULL,
        project_count integer NOT NULL,
        projects_with_budget integer NOT NULL,
        budget_ranges integer NOT NULL,
        budget_min_sum numeric NOT NULL,
        budget_max_sum numeric NOT NULL,
        projects_with_jobs integer NOT NULL,
        expected_jobs_sum bigint NOT NULL,
        jobs_at_least integer NOT NULL,
        jobs_at_most integer NOT NULL,
        jobs_about integer NOT NULL,
        CONSTRAINT project_investment_rollup_group
          UNIQUE NULLS NOT DISTINCT (${KEYS})
      )`);
    await db.query(`
      CREATE FUNCTION project_investment_rollup_apply() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $fn$
      DECLARE
        changed text := CASE TG_OP
          WHEN 'INSERT' THEN 'SELECT 1 AS sign, n.* FROM new_rows n'
          WHEN 'DELETE' THEN 'SELECT -1 AS sign, o.* FROM old_rows o'
          ELSE 'SELECT -1 AS sign, o.* FROM old_rows o UNION ALL SELECT 1, n.* FROM new_rows n'
        END;
      BEGIN
        EXECUTE format($sql$${ROLLUP_UPSERT}$sql$, changed);
        RETURN NULL;
      END
      $fn$`);
    for (const operation of ['INSERT', 'UPDATE', 'DELETE']) {
      const transitions = {
        INSERT: 'NEW TABLE AS new_rows',
        UPDATE: 'OLD TABLE AS old_rows NEW TABLE AS new_rows',
        DELETE: 'OLD TABLE AS old_rows',
      }[operation];
      await db.query(
        `CREATE TRIGGER investment_project_rollup_${operation.toLowerCase()} AFTER ${operation} ON investment_project
           REFERENCING ${transitions} FOR EACH STATEMENT EXECUTE FUNCTION project_investment_rollup_apply()`,
      );
    }
    await db.query(`
      CREATE FUNCTION project_investment_rollup_clear() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $fn$
      BEGIN
        DELETE FROM project_investment_rollup;
        RETURN NULL;
      END
      $fn$`);
    await db.query(
      `CREATE TRIGGER investment_project_rollup_truncate AFTER TRUNCATE ON investment_project FOR EACH STATEMENT EXECUTE FUNCTION project_investment_rollup_clear()`,
    );
    // The backfill: every existing project, as one insert of all of them would add it.
    await db.query(ROLLUP_UPSERT.replace('%s', 'SELECT 1 AS sign, p.* FROM investment_project p'));
  }

  async down(db: QueryRunner): Promise<void> {
    for (const operation of ['truncate', 'delete', 'update', 'insert'])
      await db.query(`DROP TRIGGER investment_project_rollup_${operation} ON investment_project`);
    await db.query(`DROP FUNCTION project_investment_rollup_clear()`);
    await db.query(`DROP FUNCTION project_investment_rollup_apply()`);
    await db.query(`DROP TABLE project_investment_rollup`);
  }
}

/**
 * The grouped delta upsert; `%s` is a query of changed rows: every column of investment_project and a `sign`,
 * +1 for a row arriving, -1 for a row leaving. Groups whose deltas are all 0 are not written.
 */
const ROLLUP_UPSERT = `
  INSERT INTO project_investment_rollup AS r (${KEYS}, ${MEASURES})
  SELECT * FROM (
    SELECT ${KEYS},
      sum(d.sign) AS project_count,
      sum(CASE WHEN d.budget_min_rials IS NOT NULL THEN d.sign ELSE 0 END) AS projects_with_budget,
      sum(CASE WHEN d.budget_max_rials > d.budget_min_rials THEN d.sign ELSE 0 END) AS budget_ranges,
      sum(d.sign * COALESCE(d.budget_min_rials, 0)) AS budget_min_sum,
      sum(d.sign * COALESCE(d.budget_max_rials, 0)) AS budget_max_sum,
      sum(CASE WHEN d.expected_jobs IS NOT NULL THEN d.sign ELSE 0 END) AS projects_with_jobs,
      sum(d.sign * COALESCE(d.expected_jobs, 0)::bigint) AS expected_jobs_sum,
      sum(CASE WHEN d.expected_jobs_qualifier = 'AT_LEAST' THEN d.sign ELSE 0 END) AS jobs_at_least,
      sum(CASE WHEN d.expected_jobs_qualifier = 'AT_MOST' THEN d.sign ELSE 0 END) AS jobs_at_most,
      sum(CASE WHEN d.expected_jobs_qualifier = 'ABOUT' THEN d.sign ELSE 0 END) AS jobs_about
    FROM (%s) d
    GROUP BY ${KEYS}
  ) g
  WHERE (${MEASURES}) <> (${MEASURE_LIST.map(() => '0').join(', ')})
  ORDER BY ${KEYS}
  ON CONFLICT ON CONSTRAINT project_investment_rollup_group DO UPDATE SET
    ${MEASURE_LIST.map((m) => `${m} = r.${m} + EXCLUDED.${m}`).join(',\n    ')}`;
