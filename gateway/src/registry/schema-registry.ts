import { randomUUID } from 'node:crypto';
import type { Identity } from '@hamyar/shared';
import { parse } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';
import type { SubgraphSource } from '../compose/compose-supergraph';
import { KnownOperationEntity } from './entities/known-operation.entity';
import { RegisteredSubgraphEntity } from './entities/registered-subgraph.entity';
import { SubgraphVersionEntity } from './entities/subgraph-version.entity';
import { SupergraphVersionEntity } from './entities/supergraph-version.entity';
import { RegistryError } from './registry-errors';
import { checkSubgraphChange, type SchemaCheckReport } from './schema-check';
import type { SchemaCheck } from './schema-check-runner';

const NATIONAL = 'NATIONAL';

/** What a publisher submits: the SDL as its team wrote it (absent: take what the subgraph serves) and its URL. */
export interface SubgraphSubmission {
  readonly name: string;
  readonly sdl?: string;
  readonly routingUrl: string;
}

/** A check may come before the subgraph is deployed: no URL, then the SDL is required. */
export interface CheckSubmission {
  readonly name: string;
  readonly sdl?: string;
  readonly routingUrl?: string;
}

export interface RegistryRules {
  /** Problems with a province's subgraph name (empty when fine). */
  nameProblems(name: string, provinceCode: string): string[];
  /** Problems with the types and fields a province's subgraph defines, given the entity types the others own. */
  namingViolations(sdl: string, provinceCode: string, foreignEntityTypes: ReadonlySet<string>): { path: string; message: string }[];
  /** Why the gateway may not route to this URL (scheme, loopback, metadata…), or null. */
  routingUrlProblem(routingUrl: string): Promise<string | null>;
  /** What the subgraph serves as `_service { sdl }` at its routing URL, or why it does not answer. */
  servedSdl(name: string, routingUrl: string): Promise<{ sdl: string } | { problem: string }>;
  /** Whether two SDLs say the same; the definitions that differ when they do not. */
  sdlDifference(submitted: string, served: string): string[] | null;
  /** Composition, the API diff and the known operations: off the event loop, with a time limit. */
  check: SchemaCheck;
  /** The errors of a client operation against the current API schema (a syntax error included). */
  operationErrors(document: string, supergraphSdl: string): string[];
}

/** A submission once it is known to be served as submitted. */
type VerifiedSubmission = Required<SubgraphSubmission>;

export interface PublishResult {
  readonly report: SchemaCheckReport;
  readonly subgraphVersion: number;
  readonly supergraphVersion: number;
  /** The submission was already current: nothing was stored. */
  readonly unchanged?: boolean;
}

const LOCK = `SELECT pg_advisory_xact_lock(hashtext('hamyar-registry'))`;

/**
 * The schema registry: every subgraph's owner, routing URL and SDL, every published version, and every
 * composed supergraph. The newest supergraph version is the one gateways serve; its `subgraphs` map says
 * which version of each subgraph is current. Publishing and rolling back are serialised by an advisory
 * lock, so two publishes never compose from the same stale state.
 */
export class SchemaRegistry {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rules: RegistryRules,
  ) {}

  /** On an empty registry, registers the core subgraphs as national and composes the first supergraph. */
  async bootstrap(core: readonly SubgraphSource[]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(LOCK);
      if ((await manager.count(SupergraphVersionEntity)) > 0) return;
      const map: Record<string, string> = {};
      for (const source of core) {
        await manager.insert(RegisteredSubgraphEntity, { name: source.name, owner: NATIONAL });
        map[source.name] = await this.insertVersion(manager, source, 'bootstrap', false);
      }
      // The core's own schemas, once, on an empty registry: composed here, with no publisher's time limit.
      const report = await checkSubgraphChange(core.slice(0, -1), core[core.length - 1], null, []);
      if (!report.supergraphSdl) throw new Error(`The core subgraphs do not compose: ${report.compositionErrors.join('; ')}`);
      await manager.insert(SupergraphVersionEntity, {
        version: 1,
        sdl: report.supergraphSdl,
        subgraphs: map,
        reason: 'bootstrap from supergraph.yaml',
        createdBy: 'bootstrap',
      });
    });
  }

  async currentSupergraph(): Promise<{ version: number; sdl: string } | null> {
    const [latest] = await this.dataSource.getRepository(SupergraphVersionEntity).find({ order: { version: 'DESC' }, take: 1 });
    return latest ? { version: latest.version, sdl: latest.sdl } : null;
  }

  /**
   * Runs every check of a publish and stores nothing. Only the owner province's editors or a national admin
   * may check a name: the report shows how it composes with everyone else, and the check costs a composition.
   */
  async check(identity: Identity, submission: CheckSubmission): Promise<SchemaCheckReport> {
    await this.authorizePublish(this.dataSource.manager, identity, submission.name);
    let sdl = submission.sdl;
    if (submission.routingUrl !== undefined) {
      sdl = (await this.verifySubmission({ ...submission, routingUrl: submission.routingUrl })).sdl;
    }
    if (sdl === undefined)
      throw new RegistryError(422, 'BAD_REQUEST', 'a check needs "sdl" (the schema) or "url" (where the subgraph serves it)');
    const candidate = { name: submission.name, sdl, routingUrl: submission.routingUrl ?? 'http://unpublished.invalid/graphql' };
    return this.dataSource.transaction((manager) => this.checkIn(manager, identity, candidate));
  }

  /**
   * Who is asking is settled before anything is done on the request's behalf; only then is the URL checked
   * against the routing policy, the subgraph asked what it serves, and that compared with the submission.
   */
  async publish(identity: Identity, submitted: SubgraphSubmission, options: { force?: boolean } = {}): Promise<PublishResult> {
    await this.authorizePublish(this.dataSource.manager, identity, submitted.name);
    const submission = await this.verifySubmission(submitted);
    return this.dataSource.transaction(async (manager) => {
      await manager.query(LOCK);
      const owner = await this.authorizePublish(manager, identity, submission.name);
      const unchanged = await this.currentVersionIfSame(manager, submission);
      if (unchanged) return unchanged;
      const report = await this.checkIn(manager, identity, submission);
      if (report.compositionErrors.length > 0 || report.namingViolations.length > 0) {
        throw new RegistryError(
          409,
          'CHECK_FAILED',
          `${submission.name} was not published: ${report.namingViolations.length > 0 ? 'it breaks the naming rules' : 'it does not compose with the other subgraphs'}`,
          report,
        );
      }
      if (report.breakingChanges.length > 0 && !(options.force && identity.role === 'NATIONAL_ADMIN')) {
        const why = options.force
          ? 'only a national admin may force a breaking change'
          : 'it would break the public schema; a national admin may force it';
        throw new RegistryError(409, 'BREAKING_CHANGE', `${submission.name} was not published: ${why}`, report);
      }
      if (!(await manager.findOneBy(RegisteredSubgraphEntity, { name: submission.name }))) {
        await manager.insert(RegisteredSubgraphEntity, { name: submission.name, owner });
      }
      const versionId = await this.insertVersion(manager, submission, describe(identity), Boolean(options.force));
      const latest = await this.latest(manager);
      const version = (latest?.version ?? 0) + 1;
      await manager.insert(SupergraphVersionEntity, {
        version,
        sdl: report.supergraphSdl!,
        subgraphs: { ...(latest?.subgraphs ?? {}), [submission.name]: versionId },
        reason: `publish ${submission.name}${options.force ? ' (forced)' : ''}`,
        createdBy: describe(identity),
      });
      const subgraphVersion = (await manager.findOneByOrFail(SubgraphVersionEntity, { id: versionId })).version;
      return { report, subgraphVersion, supergraphVersion: version };
    });
  }

  /**
   * The routing URL is one the gateway may call, the subgraph answers there, and what it serves is what was
   * submitted (or, with no SDL submitted, what it serves is taken as the submission): the registry never
   * routes the gateway to a schema other than the one it checked.
   */
  private async verifySubmission(submission: SubgraphSubmission): Promise<VerifiedSubmission> {
    const refused = await this.rules.routingUrlProblem(submission.routingUrl);
    if (refused) throw new RegistryError(422, 'ROUTING_URL_REFUSED', `the url of ${submission.name} is refused: ${refused}`);
    const served = await this.rules.servedSdl(submission.name, submission.routingUrl);
    if ('problem' in served) {
      throw new RegistryError(
        422,
        'SUBGRAPH_UNREACHABLE',
        `${submission.name} does not answer _service { sdl } at ${submission.routingUrl} (${served.problem}); start it before publishing, so the gateway can serve it`,
      );
    }
    if (submission.sdl === undefined) return { ...submission, sdl: served.sdl };
    const differing = this.rules.sdlDifference(submission.sdl, served.sdl);
    if (differing) {
      const shown = differing.slice(0, 10).join(', ') + (differing.length > 10 ? ` and ${differing.length - 10} more` : '');
      throw new RegistryError(
        422,
        'SDL_MISMATCH',
        `the schema ${submission.name} serves at its url is not the one submitted; they differ in ${shown}`,
      );
    }
    return { ...submission, sdl: submission.sdl };
  }

  /** Publishing what is already current (a deploy pipeline run twice) changes nothing and says so. */
  private async currentVersionIfSame(manager: EntityManager, submission: VerifiedSubmission): Promise<PublishResult | null> {
    const latest = await this.latest(manager);
    const currentId = latest?.subgraphs[submission.name];
    if (!latest || !currentId) return null;
    const current = await manager.findOneByOrFail(SubgraphVersionEntity, { id: currentId });
    if (current.sdl !== submission.sdl || current.routingUrl !== submission.routingUrl) return null;
    const report: SchemaCheckReport = {
      ok: true,
      subgraph: submission.name,
      compositionErrors: [],
      namingViolations: [],
      breakingChanges: [],
      otherChanges: [],
      brokenOperations: [],
      supergraphSdl: latest.sdl,
    };
    return { report, subgraphVersion: current.version, supergraphVersion: latest.version, unchanged: true };
  }

  /** Makes the previous version of a subgraph current again, composed with the others as they are now. */
  async rollback(identity: Identity, name: string): Promise<PublishResult> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(LOCK);
      await this.authorizePublish(manager, identity, name);
      const latest = await this.latest(manager);
      const currentId = latest?.subgraphs[name];
      if (!latest || !currentId) throw new RegistryError(404, 'NOT_FOUND', `${name} is not part of the current supergraph`);
      const current = await manager.findOneByOrFail(SubgraphVersionEntity, { id: currentId });
      const previous = await manager
        .getRepository(SubgraphVersionEntity)
        .createQueryBuilder('v')
        .where('v.subgraph_name = :name AND v.version < :version', { name, version: current.version })
        .orderBy('v.version', 'DESC')
        .getOne();
      if (!previous) throw new RegistryError(409, 'NOTHING_TO_ROLL_BACK', `${name} has no version before ${current.version}`);
      const others = await this.currentSources(manager, latest.subgraphs);
      const report = await this.rules.check(
        others,
        { name, sdl: previous.sdl, routingUrl: previous.routingUrl },
        latest.sdl,
        await this.operations(manager),
      );
      if (!report.supergraphSdl)
        throw new RegistryError(409, 'CHECK_FAILED', `version ${previous.version} of ${name} no longer composes with the others`, report);
      const version = latest.version + 1;
      await manager.insert(SupergraphVersionEntity, {
        version,
        sdl: report.supergraphSdl,
        subgraphs: { ...latest.subgraphs, [name]: previous.id },
        reason: `rollback ${name} to version ${previous.version}`,
        createdBy: describe(identity),
      });
      return { report, subgraphVersion: previous.version, supergraphVersion: version };
    });
  }

  async list(): Promise<{ name: string; owner: string; version: number; routingUrl: string; publishedAt: string }[]> {
    const latest = await this.latest(this.dataSource.manager);
    if (!latest) return [];
    const owners = new Map((await this.dataSource.getRepository(RegisteredSubgraphEntity).find()).map((s) => [s.name, s.owner]));
    const versions = await this.dataSource.getRepository(SubgraphVersionEntity).findByIds(Object.values(latest.subgraphs));
    return versions
      .map((v) => ({
        name: v.subgraphName,
        owner: owners.get(v.subgraphName) ?? NATIONAL,
        version: v.version,
        routingUrl: v.routingUrl,
        publishedAt: v.publishedAt.toISOString(),
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  async history(name: string): Promise<{ version: number; publishedBy: string; publishedAt: string; forced: boolean; current: boolean }[]> {
    const latest = await this.latest(this.dataSource.manager);
    const versions = await this.dataSource
      .getRepository(SubgraphVersionEntity)
      .find({ where: { subgraphName: name }, order: { version: 'ASC' } });
    if (versions.length === 0) throw new RegistryError(404, 'NOT_FOUND', `no subgraph named ${name} was ever published`);
    return versions.map((v) => ({
      version: v.version,
      publishedBy: v.publishedBy,
      publishedAt: v.publishedAt.toISOString(),
      forced: v.forced,
      current: latest?.subgraphs[name] === v.id,
    }));
  }

  /** Records a client operation once it parses and validates against the schema served now; else nothing is stored. */
  async recordOperation(operation: { name: string; client: string; document: string }): Promise<void> {
    const current = await this.currentSupergraph();
    const errors = current ? this.rules.operationErrors(operation.document, current.sdl) : [];
    if (errors.length > 0)
      throw new RegistryError(
        400,
        'BAD_OPERATION',
        `the operation ${operation.name} is not valid against the current schema: ${errors.join('; ')}`,
      );
    await this.dataSource.getRepository(KnownOperationEntity).upsert(operation, ['name']);
  }

  private async checkIn(manager: EntityManager, identity: Identity, submission: VerifiedSubmission): Promise<SchemaCheckReport> {
    const latest = await this.latest(manager);
    const others = latest ? await this.currentSources(manager, latest.subgraphs) : [];
    const registered = await manager.findOneBy(RegisteredSubgraphEntity, { name: submission.name });
    const province = registered && registered.owner !== NATIONAL ? registered.owner : identity.provinceCode;
    const naming = province
      ? this.rules.namingViolations(submission.sdl, province, entityTypesOf(others.filter((o) => o.name !== submission.name)))
      : [];
    return this.rules.check(others, { ...submission }, latest?.sdl ?? null, await this.operations(manager), naming);
  }

  /** Who may publish under a name: its owner province's editors, or a national admin; a new name is claimed. */
  private async authorizePublish(manager: EntityManager, identity: Identity, name: string): Promise<string> {
    if (identity.role === 'PUBLIC')
      throw new RegistryError(401, 'UNAUTHENTICATED', 'publishing needs the token of a province editor or a national admin');
    const registered = await manager.findOneBy(RegisteredSubgraphEntity, { name });
    if (registered) {
      if (identity.role === 'NATIONAL_ADMIN' || registered.owner === identity.provinceCode) return registered.owner;
      throw new RegistryError(
        403,
        'FORBIDDEN',
        `${name} belongs to ${registered.owner}; an editor of ${identity.provinceCode} cannot publish under it`,
      );
    }
    if (identity.role === 'NATIONAL_ADMIN') return NATIONAL;
    const problems = this.rules.nameProblems(name, identity.provinceCode!);
    if (problems.length > 0)
      throw new RegistryError(422, 'BAD_NAME', `${name} cannot be claimed by ${identity.provinceCode}: ${problems.join('; ')}`);
    return identity.provinceCode!;
  }

  private async latest(manager: EntityManager): Promise<SupergraphVersionEntity | null> {
    const [latest] = await manager.getRepository(SupergraphVersionEntity).find({ order: { version: 'DESC' }, take: 1 });
    return latest ?? null;
  }

  private async currentSources(manager: EntityManager, map: Record<string, string>): Promise<SubgraphSource[]> {
    const versions = await manager.getRepository(SubgraphVersionEntity).findByIds(Object.values(map));
    return versions.map((v) => ({ name: v.subgraphName, sdl: v.sdl, routingUrl: v.routingUrl }));
  }

  private async operations(manager: EntityManager) {
    return manager.getRepository(KnownOperationEntity).find();
  }

  private async insertVersion(manager: EntityManager, source: SubgraphSource, publishedBy: string, forced: boolean): Promise<string> {
    const [{ next }] = await manager.query(`SELECT COALESCE(max(version), 0) + 1 AS next FROM subgraph_version WHERE subgraph_name = $1`, [
      source.name,
    ]);
    const id = randomUUID();
    await manager.insert(SubgraphVersionEntity, {
      id,
      subgraphName: source.name,
      version: next,
      sdl: source.sdl,
      routingUrl: source.routingUrl,
      publishedBy,
      forced,
    });
    return id;
  }
}

/** The `@key` types the subgraphs define: the entities a province may extend without its prefix. */
function entityTypesOf(sources: readonly SubgraphSource[]): ReadonlySet<string> {
  const names = new Set<string>();
  for (const source of sources) {
    for (const definition of parse(source.sdl).definitions) {
      if (
        'directives' in definition &&
        'name' in definition &&
        definition.name &&
        definition.directives?.some((d) => d.name.value === 'key' || d.name.value === 'federation__key')
      ) {
        names.add(definition.name.value);
      }
    }
  }
  return names;
}

function describe(identity: Identity): string {
  return identity.role === 'PROVINCE_EDITOR'
    ? `${identity.subject} (editor of ${identity.provinceCode})`
    : `${identity.subject ?? 'anonymous'} (${identity.role.toLowerCase()})`;
}
