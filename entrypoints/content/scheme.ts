// Light or dark: the portal's own background decides when it paints one (its dark mode may be a
// class toggle, not the media query); otherwise the browser's `prefers-color-scheme`.
import type { ColorScheme } from '../../components/format';

const RGB = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/;

/** Parses a computed `background-color`; null when it is (nearly) transparent. */
export function parseOpaqueColor(value: string): [number, number, number] | null {
  const m = RGB.exec(value);
  if (!m) return null;
  const alphaText = m[4];
  const alpha = alphaText === undefined ? 1 : alphaText.endsWith('%') ? parseFloat(alphaText) / 100 : parseFloat(alphaText);
  if (!(alpha > 0.5)) return null;
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

export function isDark([r, g, b]: [number, number, number]): boolean {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b) < 0.18;
}

/** The background painted behind `from`: the first opaque one among it and its ancestors. */
export function paintedBackground(win: Window, from: Element | null): [number, number, number] | null {
  for (let el: Element | null = from; el; el = el.parentElement) {
    const color = parseOpaqueColor(win.getComputedStyle(el).backgroundColor);
    if (color) return color;
  }
  return null;
}

/** Near `near`, or the page's body when there is none. */
export function detectScheme(win: Window, near: Element | null | undefined): ColorScheme {
  try {
    const painted = paintedBackground(win, near ?? win.document.body);
    if (painted) return isDark(painted) ? 'dark' : 'light';
    return win.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  } catch {
    return 'light';
  }
}
