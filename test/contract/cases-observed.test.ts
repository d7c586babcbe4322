// @vitest-environment happy-dom
// Outside-tester contract tests: the `cases:observed` message. architecture.md data flow 3: "The content script
// sends what it read to the background (`cases:observed`, zod-checked on both sides, sender checked)."
// The message carries a portal reading; the shape is the one lib/cases/messages.ts publishes.
import { describe, expect, it } from 'vitest';
import { casesObservedSchema, requestSchema } from '../../lib/cases/messages';
import { classifySender, senderProblem } from '../../lib/cases/sender';
import { readPortalPage } from '../../lib/portal/index';

const HTML =
  '<html lang="en-GB"><body><div>Store ID (MID): <strong>M-9</strong></div><dl>' +
  '<dt>Dispute ID</dt><dd>DSP-42</dd><dt>Amount</dt><dd>€49.90</dd><dt>Status</dt><dd>Response required</dd>' +
  '<dt>Payment method</dt><dd>Klarna</dd><dt>Reason</dt><dd>Goods not received</dd>' +
  '<dt>Created</dt><dd>12 Jan 2026</dd><dt>Respond by</dt><dd>26 Jan 2026</dd><dt>Buyer country</dt><dd>Germany</dd></dl></body></html>';

function observed(url: string) {
  const r = readPortalPage(new DOMParser().parseFromString(HTML, 'text/html'), url, { timeZone: 'Europe/Stockholm' });
  return {
    type: 'cases:observed' as const,
    pageUrl: url,
    page: r.page,
    storeId: r.storeId,
    locale: r.locale,
    observedAt: '2026-01-13T08:00:00.000Z',
    disputes: r.disputes.map((d) => d.facts),
  };
}

describe('cases:observed', () => {
  // A reading of a portal page (either host) becomes a message both sides accept.
  it.each(['https://portal.kustom.co/disputes/DSP-42', 'https://portal.playground.kustom.co/disputes/DSP-42'])(
    'what the reader read on %s passes the check',
    (url) => {
      const msg = observed(url);
      expect(msg.disputes).toHaveLength(1);
      expect(casesObservedSchema.safeParse(msg).success).toBe(true);
      expect(requestSchema.safeParse(msg).success).toBe(true);
    },
  );

  // "zod-checked on both sides": malformed messages are refused (safeParse, never a throw).
  const good = observed('https://portal.kustom.co/disputes/DSP-42');
  it.each<[string, Record<string, unknown>]>([
    ['another type', { ...good, type: 'cases:seen' }],
    ['a page off the portal hosts', { ...good, pageUrl: 'https://evil.example/disputes' }],
    ['an unknown status', { ...good, disputes: [{ ...good.disputes[0], status: 'exploded' }] }],
    ['a dispute without an id', { ...good, disputes: [{ ...good.disputes[0], id: undefined }] }],
    ['a provider nobody knows', { ...good, disputes: [{ ...good.disputes[0], provider: 'paypal' }] }],
    ['an observedAt that is not a date', { ...good, observedAt: 'yesterday' }],
    ['disputes not a list', { ...good, disputes: 'DSP-42' }],
  ])('refuses %s', (_n, msg) => {
    expect(casesObservedSchema.safeParse(msg).success).toBe(false);
    expect(requestSchema.safeParse(msg).success).toBe(false);
  });
});

describe('cases:observed: sender checked', () => {
  // architecture.md data flow 3: "(`cases:observed`, zod-checked on both sides, sender checked)"; preamble
  // "messages only from our own extension". Readings come from content scripts on the portal hosts.
  const ID = 'ourextensionid';
  const OWN = `chrome-extension://${ID}/`;
  const both = { hosts: { production: true, playground: true } };
  it.each<[string, { id?: string; url?: string; tab?: { url?: string } }, typeof both, boolean]>([
    ['our content script on the portal', { id: ID, url: 'https://portal.kustom.co/disputes', tab: { url: 'https://portal.kustom.co/disputes' } }, both, true],
    ['our content script on the playground portal', { id: ID, url: 'https://portal.playground.kustom.co/disputes', tab: { url: 'https://portal.playground.kustom.co/disputes' } }, both, true],
    ['the playground when the merchant turned it off', { id: ID, url: 'https://portal.playground.kustom.co/disputes', tab: { url: 'https://portal.playground.kustom.co/disputes' } }, { hosts: { production: true, playground: false } }, false],
    ['another extension', { id: 'someoneelse', url: 'https://portal.kustom.co/disputes', tab: { url: 'https://portal.kustom.co/disputes' } }, both, false],
    ['our script on another site', { id: ID, url: 'https://evil.example/disputes', tab: { url: 'https://evil.example/disputes' } }, both, false],
    ['a look-alike host', { id: ID, url: 'https://portal.kustom.co.evil.example/disputes', tab: { url: 'https://portal.kustom.co.evil.example/' } }, both, false],
    ['our own popup (readings come from portal pages only)', { id: ID, url: `${OWN}popup.html` }, both, false],
  ])('%s → allowed %s', (_n, sender, settings, allowed) => {
    const role = classifySender(sender, ID, OWN, settings);
    expect(senderProblem(role, 'cases:observed') === null).toBe(allowed);
  });
});
