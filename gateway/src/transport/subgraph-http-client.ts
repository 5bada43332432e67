import { Agent, type Dispatcher } from 'undici';

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

  /**
   * One POST, its answer collected as it arrives: dispatched with a handler of our own rather than through
   * `request()`, whose answer is a Readable stream read back to text, a stream per subgraph fetch for an
   * answer that is wanted whole. Errors and deadlines are undici's, as with `request()`.
   */
  post(url: URL, headers: Record<string, string>, body: string, timeoutMs: number): Promise<SubgraphHttpResponse> {
    return new Promise((resolve, reject) => {
      let status = 0;
      let contentType: string | undefined;
      let chunks: Buffer[] = [];
      const handler: Dispatcher.DispatchHandler = {
        // A request retried on a fresh connection starts again: nothing from the failed attempt is kept.
        onRequestStart() {
          chunks = [];
        },
        // Called once more after each 1xx (informational) answer: the final status is the last one.
        onResponseStart(_controller, statusCode, responseHeaders) {
          status = statusCode;
          const type = responseHeaders['content-type'];
          contentType = Array.isArray(type) ? type[0] : type;
        },
        onResponseData(_controller, chunk) {
          chunks.push(chunk);
        },
        onResponseEnd() {
          resolve({ status, contentType, text: utf8Text(chunks) });
        },
        onResponseError(_controller, error) {
          const code = (error as { code?: string }).code;
          reject(code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' ? new SubgraphTimeoutError(timeoutMs) : error);
        },
      };
      this.agent.dispatch(
        {
          origin: url.origin,
          path: url.pathname + url.search,
          method: 'POST',
          headers,
          body,
          headersTimeout: timeoutMs,
          bodyTimeout: timeoutMs,
        },
        handler,
      );
    });
  }

  async close(): Promise<void> {
    await this.agent.close();
  }
}

/** The answer's bytes as text, as `body.text()` decodes them: UTF-8, a leading byte-order mark dropped. */
function utf8Text(chunks: readonly Buffer[]): string {
  const text = (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
