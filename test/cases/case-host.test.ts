// Which portal host a case was read on (lib/cases/case-host): the origin of its page URL, exactly.
import { describe, expect, it } from 'vitest';
import { caseHost, hostShown } from '../../lib/cases/case-host';

describe('caseHost', () => {
  it.each<[string, string | undefined, string | null]>([
    ['the portal', 'https://portal.kustom.co/disputes', 'production'],
    ['the portal, its origin alone', 'https://portal.kustom.co', 'production'],
    ['the portal, a query', 'https://portal.kustom.co?store=S1', 'production'],
    ['the test portal', 'https://portal.playground.kustom.co/disputes/dp_1', 'playground'],
    ['the test portal, a fragment', 'https://portal.playground.kustom.co#x', 'playground'],
    ['a default port written out', 'https://portal.kustom.co:443/disputes', 'production'],
    ['capitals in the host', 'https://PORTAL.kustom.co/disputes', 'production'],
    ['a host that starts like the portal\'s', 'https://portal.kustom.co.example.com/disputes', null],
    ['a longer host', 'https://portal.kustom.company/disputes', null],
    ['another scheme', 'http://portal.kustom.co/disputes', null],
    ['not a URL', 'not a url', null],
    ['none (entered by hand)', undefined, null],
  ])('%s', (_name, pageUrl, host) => {
    expect(caseHost(pageUrl === undefined ? {} : { pageUrl })).toBe(host);
  });

  it.each<[string | undefined, { production: boolean; playground: boolean }, boolean]>([
    ['https://portal.kustom.co/disputes', { production: true, playground: false }, true],
    ['https://portal.kustom.co/disputes', { production: false, playground: true }, false],
    ['https://portal.playground.kustom.co/disputes', { production: true, playground: false }, false],
    [undefined, { production: false, playground: false }, true],
  ])('hostShown(%s, %j) = %s', (pageUrl, hosts, shown) => {
    expect(hostShown(pageUrl === undefined ? {} : { pageUrl }, hosts)).toBe(shown);
  });
});
