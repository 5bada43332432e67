import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const SUBGRAPHS = fs.readdirSync(path.join(ROOT, 'subgraphs'));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Every module a file imports, resolved to a path under the repository when it is relative. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from\s+|require\(|import\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
  return specifiers.map((s) => (s.startsWith('.') ? path.relative(ROOT, path.resolve(path.dirname(file), s)) : s));
}

function violations(dir: string, forbidden: (specifier: string) => boolean): string[] {
  return sourceFiles(path.join(ROOT, dir)).flatMap((file) =>
    importsOf(file)
      .filter(forbidden)
      .map((s) => `${path.relative(ROOT, file)} imports ${s}`),
  );
}

describe('the architecture: services share only shared/ and federation keys', () => {
  it.each(SUBGRAPHS)('the %s subgraph imports no other subgraph and not the gateway', (name) => {
    const others = SUBGRAPHS.filter((other) => other !== name);
    expect(
      violations(
        `subgraphs/${name}`,
        (s) => s.startsWith('gateway') || others.some((o) => s.startsWith(`subgraphs/${o}`) || s === `@hamyar/${o}-subgraph`),
      ),
    ).toEqual([]);
  });

  it('the gateway imports no subgraph', () => {
    expect(violations('gateway/src', (s) => s.startsWith('subgraphs') || s.endsWith('-subgraph'))).toEqual([]);
  });

  it('shared/ imports no service', () => {
    expect(violations('shared/src', (s) => s.startsWith('subgraphs') || s.startsWith('gateway') || s.startsWith('@hamyar/'))).toEqual([]);
  });
});
