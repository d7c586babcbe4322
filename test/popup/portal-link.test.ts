import { describe, expect, it } from 'vitest';
import { caseUrl, portalListUrl } from '../../components/popup/portal-link';
import { DEFAULT_SETTINGS } from '../../lib/cases/schema';
import { makeCase } from './fixtures';

const onlyPlayground = { ...DEFAULT_SETTINGS, hosts: { production: false, playground: true } };

describe('where a click on a case goes', () => {
  it.each([
    ['the page it was read from', makeCase('D-1', { pageUrl: 'https://portal.kustom.co/disputes/D-1?store=K1' }), DEFAULT_SETTINGS, 'https://portal.kustom.co/disputes/D-1?store=K1'],
    ['the test portal page it was read from', makeCase('D-1', { pageUrl: 'https://portal.playground.kustom.co/disputes' }), DEFAULT_SETTINGS, 'https://portal.playground.kustom.co/disputes'],
    ['a search for a manual case', makeCase('KL 1/2', { manual: true }), DEFAULT_SETTINGS, 'https://portal.kustom.co/disputes?q=KL%201%2F2'],
    ['a search on the test portal when only it is on', makeCase('D-2'), onlyPlayground, 'https://portal.playground.kustom.co/disputes?q=D-2'],
    ['never a stored URL of another site', makeCase('D-3', { pageUrl: 'https://evil.example/disputes' }), DEFAULT_SETTINGS, 'https://portal.kustom.co/disputes?q=D-3'],
  ])('%s', (_name, c, settings, url) => expect(caseUrl(c, settings)).toBe(url));

  it('opens the dispute list of the chosen portal', () => {
    expect(portalListUrl(DEFAULT_SETTINGS)).toBe('https://portal.kustom.co/disputes');
    expect(portalListUrl(onlyPlayground)).toBe('https://portal.playground.kustom.co/disputes');
  });
});
