// The dashboard's charts: each runs one saved operation against the public GraphQL API and draws it with
// Apache ECharts (served by the gateway). Each card shows the query behind it and links it into the playground.
// Each card ends in data-state="ready" (with data-points, how many data points it drew) or "error".
'use strict';
(function () {
  const config = JSON.parse(document.getElementById('insights-config').textContent);
  const SECTORS = {
    ENERGY: 'انرژی',
    WASTE_MANAGEMENT: 'مدیریت پسماند',
    ROADS_AND_PAVING: 'راه و آسفالت',
    HEALTH: 'سلامت',
    PUBLIC_BUILDINGS: 'ساختمان‌های اداری و عمومی',
    TECHNOLOGY: 'فناوری و هوشمندسازی',
    TRADE: 'بازرگانی',
    TOURISM: 'گردشگری',
    OTHER: 'سایر',
  };
  const JALALI_MONTHS = ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'];
  const FONT = getComputedStyle(document.body).fontFamily;
  const faNumber = new Intl.NumberFormat('fa-IR', { maximumFractionDigits: 1 });
  const faDigits = (text) => String(text).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[d]);
  /** How many agreements the month chart reads at most (100 a page); a larger record is sampled, and says so. */
  const MAX_AGREEMENT_PAGES = 50;

  document.getElementById('generated-at').textContent = new Intl.DateTimeFormat('fa-IR-u-ca-persian', {
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(new Date());

  async function run(name, variables) {
    const response = await fetch(config.graphqlPath, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: config.operations[name].document, operationName: name, variables }),
    });
    const body = await response.json();
    if (body.errors && body.errors.length) throw new Error(body.errors.map((e) => e.message).join('; '));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return body.data;
  }

  /** The card's frame: description, chart, the query behind it and a link into the playground. */
  function frame(card) {
    const operation = config.operations[card.dataset.operation];
    const about = document.createElement('p');
    about.className = 'about';
    about.textContent = operation.descriptionFa;
    about.title = operation.descriptionEn;
    const status = document.createElement('p');
    status.className = 'status';
    status.textContent = 'در حال بارگیری…';
    const chart = document.createElement('div');
    chart.className = 'chart';
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = 'پرسش GraphQL پشت این نمودار';
    const pre = document.createElement('pre');
    pre.className = 'query';
    pre.textContent = operation.document;
    details.append(summary, pre);
    card.append(about, status, chart, details);
    if (config.playgroundPath) {
      const actions = document.createElement('p');
      actions.className = 'actions';
      const link = document.createElement('a');
      link.className = 'open-in-playground';
      link.href = `${config.playgroundPath}?query=${encodeURIComponent(operation.document)}`;
      link.textContent = 'اجرای این پرسش در زمین بازی (GraphiQL)';
      actions.append(link);
      card.append(actions);
    }
    card.dataset.state = 'loading';
    return { chart, status };
  }

  function draw(card, element, option, points, note) {
    const chart = echarts.init(element, null, { renderer: 'svg', locale: 'EN' });
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT }, ...option });
    window.addEventListener('resize', () => chart.resize());
    card.querySelector('.status').textContent = note;
    card.dataset.points = String(points);
    card.dataset.state = 'ready';
  }

  function fail(card, error) {
    card.dataset.state = 'error';
    card.querySelector('.status').textContent = `خطا در دریافت داده: ${error.message}`;
  }

  /** Stacked horizontal bars: one bar per province, one colour per sector. */
  function provinceBySector(groups, value) {
    const provinces = [...new Map(groups.filter((g) => g.province).map((g) => [g.province.code, g.province.nameFa])).entries()];
    const totals = new Map(provinces.map(([code]) => [code, 0]));
    for (const g of groups) if (g.province) totals.set(g.province.code, totals.get(g.province.code) + value(g));
    provinces.sort((a, b) => totals.get(a[0]) - totals.get(b[0]));
    const sectors = [...new Set(groups.map((g) => g.sector).filter(Boolean))];
    const series = sectors.map((sector) => ({
      name: SECTORS[sector] || sector,
      type: 'bar',
      stack: 'all',
      data: provinces.map(([code]) => {
        const group = groups.find((g) => g.province && g.province.code === code && g.sector === sector);
        return group ? value(group) : 0;
      }),
    }));
    return {
      option: {
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => faNumber.format(v) },
        legend: { type: 'scroll', top: 0, right: 0 },
        grid: { top: 40, left: 16, right: 16, bottom: 16, containLabel: true },
        xAxis: { type: 'value', inverse: true, axisLabel: { formatter: (v) => faNumber.format(v) } },
        yAxis: { type: 'category', position: 'right', data: provinces.map(([, name]) => name) },
        series,
      },
      points: series.reduce((n, s) => n + s.data.filter((v) => v > 0).length, 0),
    };
  }

  async function investment(cards) {
    const frames = cards.map(frame);
    try {
      const { investmentSummary } = await run('InsightsInvestmentByProvinceAndSector');
      const groups = investmentSummary || [];
      // Budgets: upper bounds summed, in billions of tomans (1 toman = 10 rials); BigInt strings stay exact until here.
      // Unknown is null, never zero: a group with no reported budget draws nothing rather than a zero bar.
      const budgets = provinceBySector(groups, (g) => (g.budgetMax ? Number(BigInt(g.budgetMax.rials) / 10_000_000n) / 1000 : 0));
      const projects = provinceBySector(groups, (g) => g.projectCount);
      const withBudget = groups.reduce((n, g) => n + g.projectsWithBudget, 0);
      const all = groups.reduce((n, g) => n + g.projectCount, 0);
      draw(
        cards[0],
        frames[0].chart,
        budgets.option,
        budgets.points,
        `${faNumber.format(withBudget)} طرح از ${faNumber.format(all)} طرح بودجهٔ گزارش‌شده دارند؛ طرح‌های بی‌بودجه در این نمودار نیستند.`,
      );
      draw(
        cards[1],
        frames[1].chart,
        projects.option,
        projects.points,
        `${faNumber.format(all)} طرح در ${faNumber.format(new Set(groups.map((g) => g.province && g.province.code)).size)} استان.`,
      );
    } catch (error) {
      cards.forEach((card) => fail(card, error));
    }
  }

  async function network(card) {
    const { chart } = frame(card);
    try {
      const { agreementNetwork } = await run('InsightsAgreementNetwork');
      const degree = new Map();
      const names = new Map();
      for (const edge of agreementNetwork.edges) {
        for (const end of [edge.from, edge.to]) {
          names.set(end.code, end.nameFa);
          degree.set(end.code, (degree.get(end.code) || 0) + edge.agreementCount);
        }
      }
      const nodes = [...names.entries()].map(([code, name]) => ({
        id: code,
        name,
        value: degree.get(code),
        symbolSize: 12 + Math.min(40, Math.sqrt(degree.get(code)) * 8),
        label: { show: true },
      }));
      const links = agreementNetwork.edges.map((edge) => ({
        source: edge.from.code,
        target: edge.to.code,
        value: edge.agreementCount,
        lineStyle: { width: Math.min(8, 1 + Math.log2(edge.agreementCount)) },
      }));
      draw(
        card,
        chart,
        {
          tooltip: {
            formatter: (p) =>
              p.dataType === 'edge'
                ? `${names.get(p.data.source)} ↔ ${names.get(p.data.target)}: ${faNumber.format(p.data.value)} تفاهم‌نامه`
                : `${p.data.name}: ${faNumber.format(p.data.value)} پیوند`,
          },
          series: [
            {
              type: 'graph',
              layout: 'circular',
              circular: { rotateLabel: false },
              roam: true,
              data: nodes,
              links,
              label: { position: 'right', fontFamily: FONT },
              lineStyle: { color: 'source', curveness: 0.2, opacity: 0.6 },
              emphasis: { focus: 'adjacency' },
            },
          ],
        },
        nodes.length + links.length,
        `${faNumber.format(nodes.length)} استان، ${faNumber.format(links.length)} پیوند، از ${faNumber.format(agreementNetwork.totalAgreements)} تفاهم‌نامهٔ میان‌استانی.`,
      );
    } catch (error) {
      fail(card, error);
    }
  }

  async function months(card) {
    const { chart } = frame(card);
    try {
      const counts = new Map();
      let after = null;
      let total = 0;
      let read = 0;
      for (let page = 0; page < MAX_AGREEMENT_PAGES; page++) {
        const { agreements } = await run('InsightsAgreementsBySigningDay', { after });
        total = agreements.totalCount;
        for (const node of agreements.nodes) {
          const month = node.signedOn.jalali.slice(0, 7); // "1404-10"
          counts.set(month, (counts.get(month) || 0) + 1);
          read++;
        }
        if (!agreements.pageInfo.hasNextPage) break;
        after = agreements.pageInfo.endCursor;
      }
      // Every month from the first to the last, empty ones included, so the time axis is even.
      const keys = [...counts.keys()].sort();
      const axis = [];
      if (keys.length) {
        let [year, month] = keys[0].split('-').map(Number);
        const [lastYear, lastMonth] = keys[keys.length - 1].split('-').map(Number);
        while (year < lastYear || (year === lastYear && month <= lastMonth)) {
          axis.push(`${year}-${String(month).padStart(2, '0')}`);
          if (month === 12) {
            month = 1;
            year++;
          } else {
            month++;
          }
        }
      }
      const label = (key) => `${JALALI_MONTHS[Number(key.slice(5, 7)) - 1]} ${faDigits(key.slice(0, 4))}`;
      draw(
        card,
        chart,
        {
          tooltip: { trigger: 'axis', valueFormatter: (v) => `${faNumber.format(v)} تفاهم‌نامه` },
          grid: { top: 24, left: 16, right: 16, bottom: 16, containLabel: true },
          xAxis: { type: 'category', inverse: true, data: axis.map(label), axisLabel: { rotate: 45 } },
          yAxis: { type: 'value', position: 'right', minInterval: 1, axisLabel: { formatter: (v) => faNumber.format(v) } },
          series: [
            {
              type: 'bar',
              name: 'تفاهم‌نامه',
              data: axis.map((key) => counts.get(key) || 0),
              barMaxWidth: 48,
              itemStyle: { color: '#0b6e4f' },
            },
          ],
        },
        keys.length,
        read < total
          ? `${faNumber.format(read)} تفاهم‌نامهٔ نخست از ${faNumber.format(total)} تفاهم‌نامهٔ تاریخ‌دار (نمونه)؛ تفاهم‌نامه‌های بی‌تاریخ شمرده نشده‌اند.`
          : `${faNumber.format(total)} تفاهم‌نامهٔ تاریخ‌دار؛ تفاهم‌نامه‌های بی‌تاریخ شمرده نشده‌اند.`,
      );
    } catch (error) {
      fail(card, error);
    }
  }

  const card = (name) => document.querySelector(`[data-chart="${name}"]`);
  investment([card('budgets'), card('projects')]);
  network(card('network'));
  months(card('months'));
})();
