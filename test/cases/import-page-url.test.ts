// An import of a dispute read on its own page in one browser and only on the dispute list in this
// one: a click on it (the popup's row, a notification) opens the dispute's own page, as after two
// readings in one browser (lib/cases/merge: a detail page's URL is kept over a list page's), not the
// list, where the merchant has to look it up again.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { caseUrl } from '../../components/popup/portal-link';
import { openCaseStore } from '../../lib/cases/store';
import { EXPORT_FORMAT } from '../../lib/cases/transfer';
import { DEFAULT_SETTINGS, type TrackedCase } from '../../lib/cases/schema';
import { at, NOW, portalOnlyRules, trackedCase } from './fixtures';

const open = () => openCaseStore({ rules: portalOnlyRules, now: () => NOW });
const file = (cases: TrackedCase[]) => JSON.stringify({ format: EXPORT_FORMAT, version: 3, exportedAt: NOW.toISOString(), cases, quarantine: [] });
const DETAIL = 'https://portal.kustom.co/disputes/dp_1';
const LIST = 'https://portal.kustom.co/disputes?page=3';

const onList = (seen: number) => trackedCase('dp_1', 'open', 30, { lastSeenAt: at(seen), pageUrl: LIST, pageKind: 'dispute_list' });
const onDetail = (seen: number) => trackedCase('dp_1', 'open', 30, { lastSeenAt: at(seen), pageUrl: DETAIL, pageKind: 'dispute_detail' });

describe('import: the dispute\'s own page is kept over a list page', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it.each([
    ['list here (read later), its page in the file', onList(-1), onDetail(-5)],
    ['list here (read earlier), its page in the file', onList(-5), onDetail(-1)],
    ['its page here (read later), list in the file', onDetail(-1), onList(-5)],
    ['its page here (read earlier), list in the file', onDetail(-5), onList(-1)],
  ])('%s: a click opens the dispute', async (_name, here, there) => {
    const store = open();
    await fakeBrowser.storage.local.set({ cases: JSON.stringify({ [here.key]: here }), cases$: { v: 3 } });
    expect(await store.importJson(file([there]))).toMatchObject({ ok: true, report: { merged: 1 } });
    const [stored] = (await store.list()).cases;
    expect(stored).toMatchObject({ pageUrl: DETAIL, pageKind: 'dispute_detail' });
    expect(caseUrl(stored!, DEFAULT_SETTINGS)).toBe(DETAIL);
  });
});
