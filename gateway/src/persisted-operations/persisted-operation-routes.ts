import express from 'express';
import type { DataSource } from 'typeorm';
import type { Identity } from '@hamyar/shared';
import { PersistedOperationEntity } from '../registry/entities/persisted-operation.entity';
import { ManifestError, readManifest } from './manifest';

/**
 * The registry's API for client builds, served by the gateway:
 *   POST /registry/persisted-operations   an Apollo persisted query manifest → { operations, added }
 *   GET  /registry/persisted-operations   the registered operations' ids, names and types
 * Registering needs a national admin's or a province editor's token; an operation, once registered, stays
 * (its id is its text's hash, so there is nothing to overwrite).
 */
export function persistedOperationRoutes(
  dataSource: DataSource,
  callerIdentity: (authorization: string | undefined) => Promise<Identity>,
  onRegistered: () => Promise<void>,
): express.Router {
  const router = express.Router();
  router.use(express.json({ limit: '5mb' }));
  const refuse = (res: express.Response, status: number, code: string, message: string, problems?: readonly string[]) =>
    res.status(status).json({ error: { code, message, ...(problems ? { problems } : {}) } });

  router.post('/', async (req, res) => {
    let identity: Identity;
    try {
      identity = await callerIdentity(req.headers.authorization);
    } catch (error) {
      return void refuse(res, 401, 'UNAUTHENTICATED', (error as Error).message);
    }
    if (identity.role !== 'NATIONAL_ADMIN' && identity.role !== 'PROVINCE_EDITOR') {
      return void refuse(res, 401, 'UNAUTHENTICATED', 'registering operations needs a national admin’s or a province editor’s token');
    }
    try {
      const operations = readManifest(req.body);
      const repository = dataSource.getRepository(PersistedOperationEntity);
      const result = await repository
        .createQueryBuilder()
        .insert()
        .values(operations.map((operation) => ({ ...operation, registeredBy: identity.subject ?? identity.role })))
        .orIgnore()
        .returning(['id'])
        .execute();
      await onRegistered();
      res.json({ operations: operations.length, added: result.raw.length });
    } catch (error) {
      if (error instanceof ManifestError) return void refuse(res, 422, 'BAD_MANIFEST', 'the manifest cannot be registered', error.problems);
      console.error('[registry] registering persisted operations failed', error);
      refuse(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
    }
  });

  router.get('/', async (_req, res) => {
    try {
      const rows = await dataSource
        .getRepository(PersistedOperationEntity)
        .find({ select: ['id', 'name', 'type'], order: { name: 'ASC' } });
      res.json({ operations: rows });
    } catch (error) {
      console.error('[registry] listing persisted operations failed', error);
      refuse(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
    }
  });
  return router;
}

/** The safelist's source when the registry is on: the registered operations' table. */
export function registrySafelistSource(dataSource: DataSource) {
  return {
    async load(): Promise<ReadonlyMap<string, string>> {
      const rows = await dataSource.getRepository(PersistedOperationEntity).find({ select: ['id', 'body'] });
      return new Map(rows.map((row) => [row.id, row.body]));
    },
  };
}
