// Fails when regenerating the GraphQL types would change the committed files in src/gql/
// (house rule 7: generated code is committed and never edited by hand).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const committed = join(root, 'src', 'gql');
const scratch = mkdtempSync(join(tmpdir(), 'zyk-codegen-'));

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)))
    .sort();
}

try {
  execFileSync('npx', ['graphql-codegen', '--config', 'codegen.ts', '--silent'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ZYK_CODEGEN_OUT: scratch + '/' },
  });
  const want = listFiles(scratch);
  const have = listFiles(committed);
  const problems = [];
  for (const file of new Set([...want, ...have])) {
    if (!want.includes(file)) problems.push(`extra file: src/gql/${file}`);
    else if (!have.includes(file)) problems.push(`missing file: src/gql/${file}`);
    else if (readFileSync(join(scratch, file), 'utf8') !== readFileSync(join(committed, file), 'utf8'))
      problems.push(`out of date: src/gql/${file}`);
  }
  if (problems.length) {
    console.error(`Generated GraphQL types are stale; run \`npm run codegen\`:\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log('Generated GraphQL types are up to date.');
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
