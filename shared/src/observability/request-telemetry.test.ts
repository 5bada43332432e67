import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import type { Logger } from './logger';
import { ServiceMetrics } from './metrics';
import { requestTelemetryPlugin } from './request-telemetry';

/** A logger that keeps what it is asked to write, at info level. */
function recordingLogger() {
  const lines: { fields: Record<string, unknown>; message: string }[] = [];
  const log = {
    isLevelEnabled: () => true,
    info: (fields: Record<string, unknown>, message: string) => lines.push({ fields, message }),
  } as unknown as Logger;
  return { log, lines };
}

/** The hooks of one request, driven as Apollo Server drives them. */
async function oneRequest(plugin: ApolloServerPlugin<BaseContext>, context: Record<string, unknown>) {
  const listener = (await plugin.requestDidStart!({
    request: { http: { headers: new Map([['x-request-id', 'request-1']]) } },
  } as never)) as GraphQLRequestListener<BaseContext>;
  return () =>
    listener.willSendResponse!({
      operationName: 'Province',
      operation: { operation: 'query' },
      contextValue: context,
      response: { http: { status: 200 } },
    } as never);
}

describe('the request log line', () => {
  it('is written after the response is sent, with the fields it had then', async () => {
    const { log, lines } = recordingLogger();
    const timings: unknown[] = [{ subgraph: 'organizations', ms: 1.2, outcome: 'ok' }];
    const plugin = requestTelemetryPlugin(new ServiceMetrics('test'), log, () => ({ subgraphs: [...timings] }));
    const send = await oneRequest(plugin, {});

    await send();
    // Apollo sends the response in the promise callbacks that follow the hook: none has written the line.
    await Promise.resolve();
    expect(lines).toHaveLength(0);
    timings.push({ subgraph: 'projects', ms: 3, outcome: 'ok' });

    await new Promise((resolve) => setImmediate(resolve));
    expect(lines).toEqual([
      {
        message: 'graphql request',
        fields: expect.objectContaining({
          requestId: 'request-1',
          operation: 'Province',
          type: 'query',
          status: 200,
          durationMs: expect.any(Number),
          subgraphs: [{ subgraph: 'organizations', ms: 1.2, outcome: 'ok' }],
        }),
      },
    ]);
  });
});
