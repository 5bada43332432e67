import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { css, editorWorkerService, favicon, graphqlWorker, js, jsonWorker } from '@graphql-yoga/render-graphiql/graphiql';
import { PLAYGROUND_EXAMPLES_DIR, readSavedOperations } from './playground-examples';

/** `on`: the full playground; `read-only`: no header editor, so it reads as the public; `off`: no playground. */
export type PlaygroundMode = 'on' | 'read-only' | 'off';

/**
 * JSONC (GraphiQL's header editor accepts comments): reads need no token, so the line stays commented until
 * an editor pastes one; a placeholder token would make every read fail with 401.
 */
const BEARER_HEADER_TEMPLATE = `{
  // Writes need a token. Local federation: npm run token -- --role province_editor --province IR-02
  // "Authorization": "Bearer <token>"
}`;

/** Safe inside a <script> element: no "</script>" or "<!--" can close or confuse it. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export function renderPlayground(mode: Exclude<PlaygroundMode, 'off'>, endpoint = '/graphql'): string {
  const examples = readSavedOperations(PLAYGROUND_EXAMPLES_DIR);
  const headers = mode === 'on' ? BEARER_HEADER_TEMPLATE : undefined;
  const options = {
    title: 'Hamyar Graph · همیار گراف',
    endpoint,
    defaultTabs: examples.map((example) => ({ query: example.document, headers })),
    headers,
    isHeadersEditorEnabled: mode === 'on',
    defaultEditorToolsVisibility: mode === 'on' ? 'headers' : false,
    shouldPersistHeaders: false,
  };
  // The page is GraphiQL as graphql-yoga bundles it (with the explorer plugin), inline: no CDN, no internet.
  // A `?query=` link (the dashboard's "open in the playground") opens as the first tab.
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${options.title}</title>
    <link rel="icon" href="${favicon}" />
    <style>${css}</style>
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>You need to enable JavaScript to run GraphiQL.</noscript>
    <div id="root"></div>
    <script id="hamyar-playground-options" type="application/json">${scriptJson(options)}</script>
    <script id="hamyar-playground-examples" type="application/json">${scriptJson(examples.map(({ name, descriptionFa, descriptionEn }) => ({ name, descriptionFa, descriptionEn })))}</script>
    <script>
      function prepareBlob(workerContent) {
        return URL.createObjectURL(new Blob([workerContent], { type: 'application/javascript' }));
      }
      const workers = {
        editorWorkerService: prepareBlob(${JSON.stringify(editorWorkerService)}),
        json: prepareBlob(${JSON.stringify(jsonWorker)}),
        graphql: prepareBlob(${JSON.stringify(graphqlWorker)}),
      };
      self['MonacoEnvironment'] = { globalAPI: false, getWorkerUrl: (_moduleId, label) => workers[label] };
      ${js};
      const options = JSON.parse(document.getElementById('hamyar-playground-options').textContent);
      const linked = new URL(location.href).searchParams.get('query');
      if (linked && !options.defaultTabs.some((tab) => tab.query === linked)) {
        options.defaultTabs.unshift({ query: linked, headers: options.headers });
      }
      YogaGraphiQL.renderYogaGraphiQL(document.querySelector('#root'), options);
    </script>
  </body>
</html>`;
}

/**
 * Serves GraphiQL from the gateway itself, opened with the analysts' example operations as tabs. Apollo's
 * default landing page loads its code from a CDN and is blank on a closed network; this one carries its
 * scripts inline (bundled from npm). In production it is off unless configured (`PLAYGROUND`).
 */
export function graphiqlLandingPage(mode: PlaygroundMode = 'on', endpoint = '/graphql'): ApolloServerPlugin {
  if (mode === 'off') return ApolloServerPluginLandingPageDisabled();
  let html: string | undefined;
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          html ??= renderPlayground(mode, endpoint);
          return { html };
        },
      };
    },
  };
}
