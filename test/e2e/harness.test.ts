// Unit tests of the e2e harness's plain parts (the browser parts run in smoke.e2e.ts).
import { describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS, assertBuild, assertChromium, portalUrl } from './harness';

describe('e2e harness', () => {
  it('says how to install Chromium when it is missing', () => {
    expect(() => assertChromium('/nonexistent/chromium')).toThrow('Chromium not found: apt-get install -y chromium');
  });

  it('says how to build when the extension build is missing', () => {
    expect(() => assertBuild('/nonexistent/chrome-mv3')).toThrow(/Extension build not found .*wxt build/);
  });

  it.each([
    ['/disputes', {}, undefined, 'https://portal.kustom.co/disputes'],
    ['/disputes/dp_1', { lang: 'de-DE', theme: 'dark' }, undefined, 'https://portal.kustom.co/disputes/dp_1?lang=de-DE&theme=dark'],
    ['/', { q: 'a b' }, 'https://portal.playground.kustom.co', 'https://portal.playground.kustom.co/?q=a+b'],
  ])('portalUrl(%s, %o, %s) = %s', (path, params, origin, expected) => {
    expect(portalUrl(path, params, origin)).toBe(expected);
  });

  it('launches Chromium quietly and offline (preamble flags)', () => {
    expect(CHROMIUM_FLAGS).toEqual(
      expect.arrayContaining(['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']),
    );
  });
});
