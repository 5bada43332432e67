import { GraphQLError } from 'graphql';
import express from 'express';
import type { Identity } from '@hamyar/shared';
import { RegistryError } from './registry-errors';
import type { SchemaRegistry } from './schema-registry';

const NAME = /^[a-z][a-z0-9-]{1,62}$/;

/**
 * The registry's HTTP API, served by the gateway under /registry (the CLI speaks it):
 *   GET  /registry/subgraphs                      the current subgraphs, their owners, versions and URLs
 *   GET  /registry/subgraphs/:name/history        every published version of one
 *   POST /registry/subgraphs/:name/check          { sdl?, url? } → the report; stores nothing
 *   POST /registry/subgraphs/:name/publish        { sdl?, url, force? } → the report and the new versions
 *                                                 (no sdl: the schema the subgraph serves at url)
 *   POST /registry/subgraphs/:name/rollback       makes its previous version current again
 *   GET  /registry/supergraph                     the newest supergraph { version, sdl }
 *   POST /registry/operations                     { client, name, document }: a known client operation
 *
 * Every request is authenticated first; check, publish and rollback need the name's owner province's editor
 * or a national admin, settled before the registry does any work (a URL probed, a composition run).
 */
export function registryRoutes(
  registry: SchemaRegistry,
  callerIdentity: (authorization: string | undefined) => Promise<Identity>,
): express.Router {
  const router = express.Router();
  router.use(express.json({ limit: '2mb' }));
  const handle =
    (work: (req: express.Request, identity: Identity) => Promise<unknown>): express.RequestHandler =>
    async (req, res) => {
      try {
        const identity = await callerIdentity(req.headers.authorization);
        if (req.params.name !== undefined && !NAME.test(String(req.params.name))) {
          throw new RegistryError(422, 'BAD_NAME', 'a subgraph name is lower-case letters, digits and hyphens, starting with a letter');
        }
        res.json(await work(req, identity));
      } catch (error) {
        if (error instanceof RegistryError) {
          res.status(error.status).json({ error: { code: error.code, message: error.message }, report: error.report });
        } else if (error instanceof GraphQLError && error.extensions.code === 'UNAUTHENTICATED') {
          res.status(401).json({ error: { code: 'UNAUTHENTICATED', message: error.message } });
        } else {
          console.error('[registry] request failed', error);
          res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
        }
      }
    };
  /** The body's shape only: nothing here reaches the network; the registry checks who asks before it does. */
  const submission = (req: express.Request, urlRequired: boolean) => {
    const { sdl, url } = req.body ?? {};
    if (sdl !== undefined && (typeof sdl !== 'string' || sdl.trim() === ''))
      throw new RegistryError(422, 'BAD_REQUEST', '"sdl", when given, must be the subgraph schema as text');
    if ((url !== undefined || urlRequired) && (typeof url !== 'string' || !/^https?:\/\//i.test(url))) {
      throw new RegistryError(422, 'BAD_REQUEST', 'the body needs "url": where the gateway reaches the subgraph (http or https)');
    }
    return { name: req.params.name as string, sdl: sdl as string | undefined, routingUrl: url as string };
  };

  router.get(
    '/subgraphs',
    handle(() => registry.list()),
  );
  router.get(
    '/subgraphs/:name/history',
    handle((req) => registry.history(req.params.name as string)),
  );
  router.post(
    '/subgraphs/:name/check',
    handle((req, identity) => registry.check(identity, submission(req, false))),
  );
  router.post(
    '/subgraphs/:name/publish',
    handle((req, identity) => registry.publish(identity, submission(req, true), { force: req.body?.force === true })),
  );
  router.post(
    '/subgraphs/:name/rollback',
    handle((req, identity) => registry.rollback(identity, req.params.name as string)),
  );
  router.get(
    '/supergraph',
    handle(() => registry.currentSupergraph()),
  );
  router.post(
    '/operations',
    handle(async (req, identity) => {
      if (identity.role === 'PUBLIC') throw new RegistryError(401, 'UNAUTHENTICATED', 'recording operations needs a token');
      const { client, name, document } = req.body ?? {};
      if (![client, name, document].every((v) => typeof v === 'string' && v !== ''))
        throw new RegistryError(422, 'BAD_REQUEST', 'the body needs "client", "name" and "document"');
      await registry.recordOperation({ client, name, document });
      return { recorded: name };
    }),
  );
  return router;
}
