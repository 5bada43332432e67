import { PassThrough } from 'node:stream';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startProgress } = require('../scripts/progress') as {
  startProgress(
    label: string,
    total: number,
    options: { stream: NodeJS.WritableStream; unit?: string; plainEveryMs?: number },
  ): { update(done: number): void; stop(): void };
};

function captured(isTTY: boolean) {
  const stream = Object.assign(new PassThrough(), {
    isTTY,
    columns: 120,
    cursorTo: () => true,
    clearLine: () => true,
    moveCursor: () => true,
  });
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  return { stream, text: () => text };
}

describe('long work shows progress', () => {
  it('writes plain lines with counts and an ETA when the output is not a terminal', async () => {
    const out = captured(false);
    const bar = startProgress('projects', 1_000, { stream: out.stream, unit: 'rows', plainEveryMs: 0 });
    bar.update(250);
    await new Promise((resolve) => setTimeout(resolve, 20));
    bar.update(500);
    bar.stop();
    const lines = out.text().trimEnd().split('\n');
    expect(lines[0]).toMatch(/^projects: 250 \/ 1,000 rows \(25%\), [\d,]+\/s, elapsed \d+s, ETA (\d+s|\?)$/);
    expect(lines.at(-1)).toMatch(/^projects: 500 \/ 1,000 rows \(50%\)/);
    // eslint-disable-next-line no-control-regex -- the escape character is what a plain log must not contain
    expect(out.text()).not.toMatch(/[\r\u001b█]/);
  });

  it('draws a bar with the percentage and ETA in place on a terminal', () => {
    const out = captured(true);
    const bar = startProgress('agreements', 200, { stream: out.stream, unit: 'rows' });
    bar.update(100);
    bar.stop();
    expect(out.text()).toMatch(/agreements \[█+░+\] 50% 100\/200 rows [\d,]+\/s ETA \S+/);
  });
});
