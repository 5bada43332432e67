'use strict';
// Progress of long work (the synthetic seed, the benchmark): on a terminal a bar with the rate and ETA,
// redrawn in place; written to a file or a CI log, plain lines every few seconds, so a log stays readable.
// One module for every script: `const bar = startProgress('projects', total); bar.update(done); bar.stop();`
const cliProgress = require('cli-progress');

const count = (n) => Math.round(n).toLocaleString('en');

/** "1m 05s" instead of cli-progress's raw seconds; "?" until the rate is known. */
function duration(seconds) {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, '0')}m`;
}

/**
 * @param {string} label what is being done ("projects")
 * @param {number} total how many units in all
 * @param {{ stream?: NodeJS.WriteStream, unit?: string, plainEveryMs?: number }} [options]
 */
function startProgress(label, total, options = {}) {
  const stream = options.stream ?? process.stderr;
  const unit = options.unit ?? '';
  const tty = Boolean(stream.isTTY);
  const started = Date.now();
  let value = 0;
  const fields = () => {
    const elapsed = (Date.now() - started) / 1000;
    const rate = elapsed > 0 ? value / elapsed : 0;
    return {
      label,
      done: count(value),
      all: count(total),
      rate: count(rate),
      unit,
      elapsedText: duration(elapsed),
      etaText: value >= total ? '0s' : rate > 0 ? duration((total - value) / rate) : '?',
    };
  };
  const line = (f) =>
    `${f.label}: ${f.done} / ${f.all}${f.unit ? ` ${f.unit}` : ''} (${total ? Math.floor((value / total) * 100) : 100}%), ${f.rate}/s, elapsed ${f.elapsedText}, ETA ${f.etaText}`;

  if (!tty) {
    // Plain lines on a schedule, and one at the end: no carriage returns or bar glyphs in a log file.
    const every = options.plainEveryMs ?? 5_000;
    let lastPrinted = 0;
    return {
      update(done) {
        value = done;
        const now = Date.now();
        if (now - lastPrinted >= every && value < total) {
          lastPrinted = now;
          stream.write(`${line(fields())}\n`);
        }
      },
      stop() {
        stream.write(`${line(fields())}\n`);
      },
    };
  }

  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: (options, params, payload) => {
        value = params.value;
        const f = fields();
        const width = options.barsize ?? 30;
        const filled = Math.round(params.progress * width);
        return `${label} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${Math.floor(params.progress * 100)}% ${f.done}/${f.all}${unit ? ` ${unit}` : ''} ${f.rate}/s ETA ${f.etaText}${payload.note ? ` ${payload.note}` : ''}`;
      },
      hideCursor: true,
      clearOnComplete: false,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { note: '' });
  return {
    update(done, note) {
      value = done;
      bar.update(done, note === undefined ? undefined : { note });
    },
    stop() {
      bar.stop();
    },
  };
}

module.exports = { startProgress, duration };
