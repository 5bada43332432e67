import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { sharedFederation, type SharedFederation } from './support/shared-federation';

/**
 * Debian's Chromium (`apt-get install chromium`; .ci/run installs it), driven by playwright-core: no browser
 * download. Without it this test fails and says why; it never passes without having looked.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = path.resolve(__dirname, 'artifacts');
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let federation: SharedFederation;
let browser: Browser;
let context: BrowserContext;
let origin: string;
/** Every request the pages tried to send anywhere but this machine's loopback (blocked, and a failure). */
const leftTheMachine: string[] = [];
const requested: string[] = [];

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM}: apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  federation = await sharedFederation();
  origin = new URL(federation.gatewayUrl).origin;
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  context = await browser.newContext({ locale: 'fa-IR', viewport: { width: 1400, height: 1000 } });
  // The network is closed: anything not for 127.0.0.1 is recorded and refused.
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    requested.push(url.href);
    if (url.hostname === '127.0.0.1') return route.continue();
    leftTheMachine.push(url.href);
    return route.abort('blockedbyclient');
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

async function openPage(pathname: string): Promise<{ page: Page; consoleErrors: string[] }> {
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.goto(`${origin}${pathname}`);
  return { page, consoleErrors };
}

describe('the playground opens ready for an analyst, in a real browser on a closed network', () => {
  const EXAMPLES = [
    'InvestmentByProvinceAndSector',
    'AgreementNetworkAroundRazaviKhorasan',
    'MazandaranOrganizationProjectsAndMous',
    'HistoryOfARecord',
    'SearchInPersian',
  ];

  it('shows the example operations as tabs, runs one and shows Persian data from three subgraphs', async () => {
    const { page } = await openPage('/graphql');
    const tabs = page.locator('.graphiql-tab');
    await tabs.first().waitFor({ timeout: 30_000 });
    expect(await tabs.allInnerTexts()).toEqual(EXAMPLES.map((name) => expect.stringContaining(name)));

    // Each example opens with its Persian and English description.
    await tabs.filter({ hasText: 'MazandaranOrganizationProjectsAndMous' }).click();
    // Monaco draws spaces as no-break spaces.
    const editorText = (await page.locator('.graphiql-query-editor').innerText()).replace(/\u00a0/g, ' ');
    expect(editorText).toContain('سازمان همیاری مازندران با طرح‌ها و تفاهم‌نامه‌هایش');
    expect(editorText).toContain("Mazandaran's cooperation organization with its projects and MoUs");

    // The header editor is open, prefilled for a bearer token (commented until a token is pasted).
    expect((await page.locator('.graphiql-editor-tool').innerText()).replace(/\u00a0/g, ' ')).toContain(
      '"Authorization": "Bearer <token>"',
    );
    // The explorer plugin is there, bundled.
    await expect(page.locator('button[aria-label*="Explorer"]').count()).resolves.toBeGreaterThan(0);

    await page.locator('.graphiql-execute-button').click();
    await page.waitForFunction("document.querySelector('.graphiql-response')?.innerText.includes('nameFa')", null, { timeout: 30_000 });
    await page.screenshot({ path: path.join(ARTIFACTS, 'playground.png') });
    const response = (await page.locator('.graphiql-response').innerText()).replace(/\u00a0/g, ' ');
    expect(response).toContain('"nameFa": "مازندران"');
    expect(response).toContain('"nameEn": "Mazandaran"');
    expect(response).toContain('احداث نیروگاه');
    await page.close();
  });

  it('opens a query linked from the dashboard (?query=) as the first tab', async () => {
    const query = '# linked\nquery LinkedFromTheDashboard { province(code: "IR-09") { nameFa } }';
    const page = await context.newPage();
    await page.addInitScript('localStorage.clear()');
    await page.goto(`${origin}/graphql?query=${encodeURIComponent(query)}`);
    const tabs = page.locator('.graphiql-tab');
    await tabs.first().waitFor({ timeout: 30_000 });
    expect(await tabs.first().innerText()).toContain('LinkedFromTheDashboard');
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.graphiql-response').getByText('خراسان رضوی').first().waitFor({ timeout: 30_000 });
    await page.close();
  });
});

describe('the /insights dashboard draws every chart from the API, in Persian, right to left', () => {
  it('renders every chart with data, each with its query and a link into the playground, and nothing leaves the machine', async () => {
    const { page, consoleErrors } = await openPage('/insights');
    await page.waitForFunction(
      "[...document.querySelectorAll('[data-chart]')].every((card) => ['ready', 'error'].includes(card.dataset.state))",
      null,
      { timeout: 60_000 },
    );
    // Runs in the page (DOM types are not in this Node project's lib, hence the loose element type).

    const cards = await page.locator('[data-chart]').evaluateAll((elements: any[]) =>
      elements.map((card) => ({
        chart: card.dataset.chart as string,
        state: card.dataset.state as string,
        status: card.querySelector('.status')?.textContent as string,
        points: Number(card.dataset.points ?? 0),
        svgShapes: card.querySelectorAll('svg :is(path, circle, rect, line, polyline, polygon, ellipse)').length,
        query: (card.querySelector('pre.query')?.textContent ?? '') as string,
        link: (card.querySelector('a.open-in-playground')?.getAttribute('href') ?? '') as string,
      })),
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'insights.png'), fullPage: true });
    expect(cards.map((c) => [c.chart, c.state, c.status])).toEqual([
      ['budgets', 'ready', expect.any(String)],
      ['projects', 'ready', expect.any(String)],
      ['network', 'ready', expect.any(String)],
      ['months', 'ready', expect.any(String)],
    ]);
    for (const card of cards) {
      expect({ chart: card.chart, drewData: card.points > 0 && card.svgShapes > card.points }).toEqual({
        chart: card.chart,
        drewData: true,
      });
      expect(card.query).toMatch(/^# .*\n# .*\nquery Insights/);
      expect(decodeURIComponent(card.link.replace('/graphql?query=', ''))).toBe(card.query);
    }
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('html').getAttribute('lang')).toBe('fa');
    // Persian labels drawn by the charts themselves: provinces in the network, Jalali months on the time axis.
    const network = await page.locator('[data-chart="network"] svg').innerHTML();
    expect(network).toContain('خراسان رضوی');
    expect(network).toContain('مازندران');
    const months = await page.locator('[data-chart="months"] svg').innerHTML();
    expect(months).toMatch(/(فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند) ۱۴[۰-۹]{2}/);
    expect(await page.locator('[data-chart="budgets"] svg').innerHTML()).toContain('انرژی');
    expect(consoleErrors).toEqual([]);
    expect(requested).toContain(`${origin}/insights/echarts.min.js`);
    expect(leftTheMachine).toEqual([]);
    await page.close();
  });
});
