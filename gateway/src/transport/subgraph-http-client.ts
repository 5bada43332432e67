import { Agent } from 'undici';

/** What a subgraph answered, as text: parsed by each caller, so callers sharing one answer never share objects. */
export interface SubgraphHttpResponse {
  readonly status: number;
  readonly contentType: string | undefined;
  readonly text: string;
}

export interface SubgraphHttpClientOptions {
  /** Most connections kept open to one subgraph; requests beyond it wait for a free one. */
  readonly connectionsPerSubgraph: number;
  /** How long an idle kept-alive connection stays open. */
  readonly keepAliveMs: number;
}

/** Raised when a subgraph did not answer (headers and body) within the deadline. */
class SubgraphTimeoutError extends Error {
  override readonly name = 'TimeoutError';
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
  }
}

/**
 * The gateway's HTTP client for subgraphs: kept-alive connections in a bounded pool per subgraph (undici),
 * so a busy gateway neither opens a connection per request nor opens unboundedly many under a burst.
 */
export class SubgraphHttpClient {
  private readonly agent: Agent;

  constructor(options: SubgraphHttpClientOptions) {
    this.agent = new Agent({
      connections: options.connectionsPerSubgraph,
      keepAliveTimeout: options.keepAliveMs,
      keepAliveMaxTimeout: options.keepAliveMs,
      pipelining: 1,
    });
  }

  async post(url: URL, headers: Record<string, string>, body: string, timeoutMs: number): Promise<SubgraphHttpResponse> {
    try {
      const response = await this.agent.request({
        origin: url.origin,
        path: url.pathname + url.search,
        method: 'POST',
        headers,
        body,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
      });
      const contentType = response.headers['content-type'];
      return {
        status: response.statusCode,
        contentType: Array.isArray(contentType) ? contentType[0] : contentType,
        text: await response.body.text(),
      };
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') throw new SubgraphTimeoutError(timeoutMs);
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.agent.close();
  }
}
