import path from 'node:path';
import express from 'express';
import { GATEWAY_OPERATIONS_ROOT, readSavedOperations } from '../plugins/playground-examples';
import { renderInsightsPage } from './insights-page';

const INSIGHTS_OPERATIONS_DIR = path.join(GATEWAY_OPERATIONS_ROOT, 'insights', 'operations');
const PUBLIC_DIR = path.join(GATEWAY_OPERATIONS_ROOT, 'insights', 'public');
/** Apache ECharts as npm ships it, served by the gateway: the page loads nothing from anywhere else. */
const ECHARTS_FILE = require.resolve('echarts/dist/echarts.min.js');

/** The dashboard's saved operations, each sent as its file's exact text. */
export function insightsOperations(): ReturnType<typeof readSavedOperations> {
  return readSavedOperations(INSIGHTS_OPERATIONS_DIR);
}

/**
 * /insights: a dashboard of the record, drawn in the browser from the public GraphQL API only (the same
 * /graphql any client uses, as the public reader), so it shows nothing a caller could not ask for itself.
 */
export function insightsRoutes(options: { graphqlPath: string; playgroundPath: string | null; exportPath: string | null }): express.Router {
  const router = express.Router();
  let html: string | undefined;
  router.get('/', (_req, res) => {
    html ??= renderInsightsPage({ operations: insightsOperations(), ...options });
    res.type('html').send(html);
  });
  router.get('/echarts.min.js', (_req, res) => {
    res.type('js').sendFile(ECHARTS_FILE, { maxAge: '1d' });
  });
  router.use(express.static(PUBLIC_DIR, { index: false, maxAge: 0 }));
  return router;
}
