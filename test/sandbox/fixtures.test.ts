import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { saveFixtures, type FixtureExpectation } from './save-fixtures';

const committed = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/sandbox');
const fresh = mkdtempSync(join(tmpdir(), 'sandbox-fixtures-'));
const names = saveFixtures(fresh);

afterAll(() => rmSync(fresh, { recursive: true, force: true }));

describe('test/fixtures/sandbox', () => {
  it('holds every layout × language of the list and detail pages, plus home and orders', () => {
    expect(names).toHaveLength(6 * (2 + 2 * 3 + 2));
    expect(readdirSync(committed).sort()).toEqual(readdirSync(fresh).sort());
  });

  it.each(names.map((n) => [n]))('%s is what the sandbox renders now (run `npm run fixtures:sandbox` after a change)', (name) => {
    for (const ext of ['html', 'json']) {
      expect(readFileSync(join(committed, `${name}.${ext}`), 'utf8')).toBe(readFileSync(join(fresh, `${name}.${ext}`), 'utf8'));
    }
  });

  it('lists every dispute of the store on each list page, with its facts', () => {
    const exp = JSON.parse(readFileSync(join(committed, 'list-cards.sv-SE.json'), 'utf8')) as FixtureExpectation;
    const html = readFileSync(join(committed, 'list-cards.sv-SE.html'), 'utf8');
    expect(exp.disputes.length).toBeGreaterThan(30);
    for (const d of exp.disputes) expect(html).toContain(`>${d.facts.id}</a>`);
  });
});
