import type { SavedOperation } from '../plugins/playground-examples';

/** Safe inside a <script> element: no "</script>" or "<!--" can close or confuse it. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * The dashboard's page: Persian, right to left; the charts are drawn by insights.js with ECharts from the
 * operations given here (each chart shows its query and links it into the playground).
 */
/** The operation the page offers as a CSV download (the projects behind its charts), through /export.csv. */
const CSV_OPERATION = 'InsightsProjectsAsCsv';

export function renderInsightsPage(options: {
  operations: readonly SavedOperation[];
  graphqlPath: string;
  playgroundPath: string | null;
  exportPath: string | null;
}): string {
  const config = {
    graphqlPath: options.graphqlPath,
    playgroundPath: options.playgroundPath,
    operations: Object.fromEntries(
      options.operations.map((op) => [
        op.name,
        { document: op.document, descriptionFa: op.descriptionFa, descriptionEn: op.descriptionEn },
      ]),
    ),
  };
  const csv = options.operations.find((op) => op.name === CSV_OPERATION);
  const download =
    csv && options.exportPath
      ? `<p><a id="download-csv" href="${escapeAttribute(`${options.exportPath}?${new URLSearchParams({ query: csv.document, path: 'projects', filename: 'hamyar-projects' })}`)}" download>دانلود فهرست طرح‌ها (CSV)</a> · <span lang="en" dir="ltr">download the projects as CSV</span></p>`
      : '';
  return `<!doctype html>
<html lang="fa" dir="rtl">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>همیار گراف · نمای کلی | Hamyar Graph insights</title>
    <link rel="stylesheet" href="/insights/insights.css" />
  </head>
  <body>
    <header>
      <h1>همیار گراف: نمای کلی سازمان‌های همیاری شهرداری‌ها</h1>
      <p>همهٔ نمودارها از همان API عمومی GraphQL کشیده می‌شوند. پرسش پشت هر نمودار را ببینید یا در زمین بازی اجرا کنید.</p>
      ${download}
      <p class="updated">به‌روز شده: <time id="generated-at"></time></p>
    </header>
    <main>
      <section class="card" data-chart="budgets" data-operation="InsightsInvestmentByProvinceAndSector">
        <h2>بودجهٔ طرح‌ها به تفکیک استان و بخش <small>(میلیارد تومان، سقف بودجه)</small></h2>
      </section>
      <section class="card" data-chart="projects" data-operation="InsightsInvestmentByProvinceAndSector">
        <h2>تعداد طرح‌ها به تفکیک استان و بخش</h2>
      </section>
      <section class="card wide" data-chart="network" data-operation="InsightsAgreementNetwork">
        <h2>شبکهٔ تفاهم‌نامه‌های استان به استان</h2>
      </section>
      <section class="card wide" data-chart="months" data-operation="InsightsAgreementsBySigningDay">
        <h2>تفاهم‌نامه‌ها به تفکیک ماه خورشیدی امضا</h2>
      </section>
    </main>
    <script id="insights-config" type="application/json">${scriptJson(config)}</script>
    <script src="/insights/echarts.min.js"></script>
    <script src="/insights/insights.js"></script>
  </body>
</html>`;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
