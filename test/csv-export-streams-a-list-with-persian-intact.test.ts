import path from 'node:path';
import fs from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { startFederation, tokenFor, type Federation } from './support/federation';

const MANIFEST = path.resolve(__dirname, '..', 'clients', 'persisted-operations.json');

const PROJECTS = `query Projects($first: Int, $after: String) {
  projects(first: $first, after: $after, orderBy: { field: TITLE, direction: ASC }) {
    pageInfo { hasNextPage endCursor }
    nodes { id title organization { name } province { code nameFa } budget { min { rials } } isSynthetic }
  }
}`;

/** What a client downloads: status, headers, and the body's bytes as sent. */
async function download(url: string, init?: RequestInit): Promise<{ status: number; headers: Headers; bytes: Buffer; text: string }> {
  const response = await fetch(url, init);
  const bytes = Buffer.from(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, bytes, text: bytes.toString('utf8') };
}

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  download(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('the CSV export', () => {
  let federation: Federation;
  let exportUrl: string;
  beforeAll(async () => {
    federation = await startFederation();
    exportUrl = federation.gatewayUrl.replace('/graphql', '/export.csv');
  });
  afterAll(() => federation?.stop());

  it('streams every page of a list with a header row of dotted names, Persian intact behind a BOM, CRLF lines', async () => {
    const { status, headers, bytes, text } = await post(exportUrl, { query: PROJECTS, path: 'projects', pageSize: 2 });
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(headers.get('content-disposition')).toMatch(/^attachment; filename="?Projects\.csv"?$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('id,title,organization.name,province.code,province.nameFa,budget.min.rials,isSynthetic');
    expect(text.slice(1).replace(/\r\n/g, '')).not.toMatch(/\n/);

    // The same list read through /graphql, all at once, is what the export wrote, row by row.
    const { body } = await federation.query(PROJECTS.replace('$first: Int, ', '').replace('first: $first, ', 'first: 100, '));
    const expected = body.data.projects.nodes.map((p: any) => [
      p.id,
      p.title,
      p.organization?.name ?? '',
      p.province?.code ?? '',
      p.province?.nameFa ?? '',
      p.budget?.min.rials ?? '',
      String(p.isSynthetic),
    ]);
    expect(expected.length).toBeGreaterThan(4);
    const rows = parseCsv(text, { bom: true, record_delimiter: '\r\n' }) as string[][];
    expect(rows.slice(1)).toEqual(expected);
    expect(rows.flat().some((cell) => /[\u0600-\u06FF]{3}/.test(cell))).toBe(true);
  });

  it('exports a connection deeper in the result by its dotted path, with GET and a filename', async () => {
    const query = `query MazandaranProjects($code: ID!, $after: String) {
      province(code: $code) { organization { projects(first: 100, after: $after) {
        pageInfo { endCursor hasNextPage } edges { node { title sector } } } } } }`;
    const url = `${exportUrl}?${new URLSearchParams({ query, variables: JSON.stringify({ code: 'IR-02' }), path: 'province.organization.projects', filename: 'طرح‌های مازندران' })}`;
    const { status, headers, text } = await download(url);
    expect(status).toBe(200);
    expect(headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('طرح‌های-مازندران.csv')}`);
    const rows = parseCsv(text, { bom: true }) as string[][];
    expect(rows[0]).toEqual(['title', 'sector']);
    const { body } = await federation.query(`{ province(code: "IR-02") { organization { projects(first: 100) { totalCount } } } }`);
    expect(rows.length - 1).toBe(body.data.province.organization.projects.totalCount);
  });

  it('refuses a request it cannot serve with a 4xx naming the parameter and the reason, before any row', async () => {
    const refused = async (body: unknown, status = 400) => {
      const answer = await post(exportUrl, body);
      expect(answer.status).toBe(status);
      expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
      return JSON.parse(answer.text).errors[0] as { message: string; extensions: { code: string; field?: string } };
    };
    expect(await refused({ query: PROJECTS })).toMatchObject({ extensions: { code: 'BAD_REQUEST', field: 'path' } });
    const noAfter = await refused({
      query: '{ projects(first: 10) { pageInfo { hasNextPage endCursor } nodes { id } } }',
      path: 'projects',
    });
    expect(noAfter).toMatchObject({ extensions: { field: 'query' } });
    expect(noAfter.message).toMatch(/`projects` must take `after` from a variable/);
    const listInRow = await refused({ query: PROJECTS.replace('isSynthetic', 'fundingSources { kind }'), path: 'projects' });
    expect(listInRow.message).toMatch(/`fundingSources` is a list of FundingSource inside each node of `projects`/);
    expect((await refused({ query: PROJECTS, path: 'project' })).message).toMatch(/`project` is not selected/);
    expect(await refused({ query: PROJECTS, path: 'projects', pageSize: 500 })).toMatchObject({ extensions: { field: 'pageSize' } });
    expect(await refused({ query: PROJECTS, path: 'projects', variables: '[1]' })).toMatchObject({ extensions: { field: 'variables' } });
    expect(await refused({ query: '{ projects(', path: 'projects' })).toMatchObject({ extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    // A field the schema lacks is named by the API itself, as /graphql would name it.
    const unknown = await refused({ query: PROJECTS.replace('isSynthetic', 'noSuchField'), path: 'projects' });
    expect(unknown.message).toMatch(/noSuchField/);
    // A variable the API refuses (the connection's own limit) is the caller's fault too.
    const tooMany = await refused({ query: PROJECTS.replace('first: $first', 'first: 1000'), path: 'projects' });
    expect(tooMany.message).toMatch(/first/);
    // Nothing to export when the object on the path is not there: the API's own words.
    const missing = await post(exportUrl, {
      query:
        'query($after: String) { province(code: "IR-99") { organization { projects(first: 5, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } } } }',
      path: 'province.organization.projects',
    });
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.text).errors[0].message).toMatch(/IR-99.*not found/);
    const form = await download(exportUrl, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'query=x' });
    expect(form.status).toBe(415);
  });

  it('is offered by the /insights dashboard as a download link that works', async () => {
    const page = await (await fetch(federation.gatewayUrl.replace('/graphql', '/insights'))).text();
    const href = /<a id="download-csv" href="([^"]+)"/.exec(page)![1].replace(/&amp;/g, '&');
    const { status, headers, text } = await download(new URL(href, federation.gatewayUrl).toString());
    expect(status).toBe(200);
    expect(headers.get('content-disposition')).toMatch(/^attachment; filename="?hamyar-projects\.csv"?$/);
    const rows = parseCsv(text, { bom: true }) as string[][];
    expect(rows[0].slice(0, 4)).toEqual(['title', 'titleEn', 'province.code', 'province.nameFa']);
    expect(rows.length).toBeGreaterThan(2);
  });

  it('runs each page with the caller’s token, as /graphql would', async () => {
    const answer = await post(exportUrl, { query: PROJECTS, path: 'projects' }, { authorization: 'Bearer not-a-token' });
    expect(answer.status).toBe(401);
    expect(JSON.parse(answer.text).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('the CSV export behind safelist mode and a rate limit', () => {
  let federation: Federation;
  let exportUrl: string;
  const manifest = JSON.parse(fs.readFileSync(MANIFEST, 'utf8')) as { operations: { id: string; name: string; body: string }[] };
  const registered = manifest.operations.find((op) => op.name === 'ProjectsExport')!;
  // Each page of an export is a request of its caller: a caller with 5 left gets 5 pages.
  const PER_CALLER = 5;
  beforeAll(async () => {
    federation = await startFederation({
      gateway: {
        safelist: { enabled: true, manifestFile: MANIFEST },
        rateLimit: { perIp: 1_000, perCaller: PER_CALLER, windowSeconds: 600 },
      },
    });
    exportUrl = federation.gatewayUrl.replace('/graphql', '/export.csv');
  });
  afterAll(() => federation?.stop());

  it('exports a registered operation named by its documentId, and refuses any other text unparsed', async () => {
    const answer = await download(`${exportUrl}?${new URLSearchParams({ documentId: `sha256:${registered.id}`, path: 'projects' })}`);
    expect(answer.status).toBe(200);
    const rows = parseCsv(answer.text, { bom: true }) as string[][];
    expect(rows[0]).toEqual([
      'id',
      'title',
      'province.code',
      'province.nameFa',
      'sector',
      'status',
      'budget.min.rials',
      'budget.max.rials',
      'budget.reportedText',
      'startedOn.jalali',
      'startedOn.iso',
      'isSynthetic',
    ]);
    expect(rows.length).toBeGreaterThan(5);
    const refused = await post(exportUrl, { query: PROJECTS, path: 'projects' });
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.text).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
  });

  it('counts every page against the caller, and cuts the download off when a page is refused mid-stream', async () => {
    const authorization = `Bearer ${await tokenFor({ role: 'national_admin', sub: 'csv-export-rate-limit' })}`;
    const response = await fetch(exportUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ documentId: registered.id, path: 'projects', pageSize: 1 }),
    });
    expect(response.status).toBe(200);
    const received: string[] = [];
    const decoder = new TextDecoder();
    const reading = (async () => {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>)
        received.push(decoder.decode(chunk, { stream: true }));
    })();
    await expect(reading).rejects.toThrow();
    const lines = received.join('').split('\r\n').filter(Boolean);
    expect(lines.length).toBe(1 + PER_CALLER);
    const next = await post(federation.gatewayUrl, { query: registered.body }, { authorization });
    expect(next.status).toBe(429);
  });
});
