// House rule 12 as a test: kebab-case file names, and no feature imports another feature
// (features are composed by the routes in src/app).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = __dirname;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const sources = files(SRC).filter((file) => /\.(ts|tsx|css|json)$/.test(file));

describe('source layout', () => {
  it('uses kebab-case file and folder names', () => {
    const bad = sources
      .map((file) => relative(SRC, file))
      .filter((path) => path.split('/').some((part) => !/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+)*$/.test(part) && part !== 'zh-CN.json'));
    expect(bad).toEqual([]);
  });

  it('keeps features independent of each other', () => {
    const offences: string[] = [];
    for (const file of sources.filter((f) => /\.tsx?$/.test(f))) {
      const path = relative(SRC, file);
      const match = /^features\/([^/]+)\//.exec(path);
      if (!match) continue;
      const own = match[1];
      const text = readFileSync(file, 'utf8');
      for (const [, spec] of text.matchAll(/from\s+['"]([^'"]+)['"]/g)) {
        const other = /(?:@\/|\.\.\/)+features\/([^/]+)/.exec(spec)?.[1];
        if (other && other !== own) offences.push(`${path} imports ${spec}`);
      }
    }
    expect(offences).toEqual([]);
  });
});
