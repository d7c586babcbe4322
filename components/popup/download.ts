// Saves a generated file through an object URL and an <a download> click: no "downloads"
// permission is needed and nothing leaves the browser.
export function downloadText(doc: Document, fileName: string, mime: string, text: string, opts: { bom?: boolean } = {}): void {
  // A UTF-8 byte order mark makes spreadsheet programs read å, ø, ü in a CSV correctly.
  const blob = new Blob([opts.bom ? '\ufeff' : '', text], { type: `${mime};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoke later: the download reads the URL after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "dispute-radar-2026-03-10.csv" — the date in the merchant's zone. */
export function exportFileName(now: Date, timeZone: string, ext: string): string {
  let day: string;
  try {
    day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  } catch {
    day = now.toISOString().slice(0, 10);
  }
  return `dispute-radar-${day}.${ext}`;
}
