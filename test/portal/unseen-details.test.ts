// @vitest-environment happy-dom
// Dispute DETAIL pages in markup the reader was not written against: what UI kits (Tailwind UI,
// Headless UI, MUI, Chakra, Ant Design) and hand-written admin pages draw, with the vocabulary's
// texts in the six portal languages (issue 3: "tests outside the project will read pages in markup
// you have not seen"). Each page must read as one dispute on a detail page with the facts it shows,
// and no problem; what cannot be dated safely is a problem, never a wrong date.
import { describe, expect, it } from 'vitest';
import { readPortalPage } from '../../lib/portal';
import type { DisputeFacts } from '../../lib/rules/types';
import { partialDisputeFactsSchema } from '../../lib/rules/schema';

const TZ = 'Europe/Stockholm';
const read = (body: string, lang: string, url: string) =>
  readPortalPage(new DOMParser().parseFromString(`<!doctype html><html lang="${lang}"><head><title>Portal</title></head><body>${body}</body></html>`, 'text/html'), url, {
    timeZone: TZ,
  });

// The dispute every page below shows (in its language's formats): opened 12 Jan 2026 10:00 and
// due 26 Jan 2026 23:59, Stockholm time (CET, UTC+1).
const CREATED = '2026-01-12T09:00:00.000Z';
const DUE = '2026-01-26T22:59:00.000Z';
const EUR = { amountMinor: 1250, currency: 'EUR' };
const VISA = { provider: 'card', network: 'visa' } as const;
const facts = (id: string, more: Partial<DisputeFacts>): Partial<DisputeFacts> => ({ id, ...more });

// A Copy button beside the id, as Tailwind UI / Headless UI draw it: an icon and words for screen readers.
const COPY = `<button type="button" class="ml-2 rounded-md"><span class="sr-only">Copy</span><svg viewBox="0 0 20 20" aria-hidden="true"><path d="M7 3.5A1.5"/></svg></button>`;

interface Case {
  name: string;
  lang: string;
  id: string;
  body: string;
  facts: Partial<DisputeFacts>;
}

const CASES: Case[] = [
  {
    name: 'Tailwind UI description list: dt/dd pairs in divs, a Copy button beside the id, an icon before the network, a badge (en-GB)',
    lang: 'en-GB',
    id: 'dp_3MtwBw2026',
    body: `<div class="overflow-hidden bg-white shadow sm:rounded-lg"><div class="px-4 py-6 sm:px-6"><h3 class="text-base font-semibold">Dispute information</h3><p class="mt-1 max-w-2xl text-sm text-gray-500">Details and deadlines.</p></div>
<div class="border-t border-gray-100"><dl class="divide-y divide-gray-100">
<div class="px-4 py-6 sm:grid sm:grid-cols-3 sm:gap-4"><dt class="text-sm font-medium text-gray-900">Dispute ID</dt><dd class="mt-1 flex text-sm sm:col-span-2 sm:mt-0"><span class="grow font-mono">dp_3MtwBw2026</span>${COPY}</dd></div>
<div class="px-4 py-6 sm:grid sm:grid-cols-3 sm:gap-4"><dt class="text-sm font-medium">Amount</dt><dd class="mt-1 text-sm">€12.50</dd></div>
<div class="px-4 py-6 sm:grid sm:grid-cols-3 sm:gap-4"><dt class="text-sm font-medium">Status</dt><dd class="mt-1 text-sm"><span class="inline-flex items-center rounded-md bg-yellow-50 px-2 py-1 text-xs font-medium ring-1 ring-inset"><svg class="h-1.5 w-1.5 fill-yellow-500" viewBox="0 0 6 6" aria-hidden="true"><circle cx="3" cy="3" r="3"/></svg>Response required</span></dd></div>
<div class="px-4 py-6 sm:grid sm:grid-cols-3 sm:gap-4"><dt class="text-sm font-medium">Reason</dt><dd class="mt-1 text-sm">Fraudulent</dd></div>
<div class="px-4 py-6 sm:grid sm:grid-cols-3 sm:gap-4"><dt class="text-sm font-medium">Payment method</dt><dd class="mt-1 flex items-center gap-x-2 text-sm"><svg viewBox="0 0 24 16" class="h-4 w-6"><title>Visa</title><rect width="24" height="16"/></svg><span>Visa •••• 4242</span></dd></div>
<div class="px-4 py-6 sm:grid sm:grid-cols-3 sm:gap-4"><dt class="text-sm font-medium">Created</dt><dd class="mt-1 text-sm"><time datetime="2026-01-12T10:00">12 Jan 2026, 10:00</time></dd></div>
<div class="px-4 py-6 sm:grid sm:grid-cols-3 sm:gap-4"><dt class="text-sm font-medium">Respond by</dt><dd class="mt-1 text-sm text-red-600">26 Jan 2026, 23:59</dd></div>
<div class="px-4 py-6 sm:grid sm:grid-cols-3 sm:gap-4"><dt class="text-sm font-medium">Buyer country</dt><dd class="mt-1 text-sm"><span aria-hidden="true">🇸🇪</span> Sweden</dd></div>
<div class="px-4 py-6 sm:grid sm:grid-cols-3 sm:gap-4"><dt class="text-sm font-medium">Store ID (MID)</dt><dd class="mt-1 text-sm">M-4711</dd></div>
</dl></div></div>`,
    facts: facts('dp_3MtwBw2026', { amount: EUR, status: 'open', reason: 'Fraudulent', ...VISA, createdAt: CREATED, dueBy: DUE, buyerCountry: 'SE', storeId: 'M-4711' }),
  },
  {
    name: 'Headless UI / Tailwind stacked list in German: dt above dd, a Copy icon only, sr-only words (de-DE)',
    lang: 'de-DE',
    id: 'DE-2026-0042',
    body: `<main class="mx-auto max-w-7xl"><div class="sm:flex sm:items-center"><h1 class="text-2xl">Streitfall</h1></div>
<dl class="mt-6 space-y-6 text-sm">
<div><dt class="font-medium text-gray-900">Streitfall-ID</dt><dd class="mt-1 flex gap-x-2"><span>DE-2026-0042</span><button type="button" title="Kopieren"><svg aria-hidden="true" viewBox="0 0 20 20"><path d="M1"/></svg><span class="sr-only">In die Zwischenablage kopieren</span></button></dd></div>
<div><dt class="font-medium">Betrag</dt><dd class="mt-1">12,50&nbsp;€</dd></div>
<div><dt class="font-medium">Status</dt><dd class="mt-1"><span class="rounded-full bg-green-50 px-2">Gewonnen</span></dd></div>
<div><dt class="font-medium">Grund</dt><dd class="mt-1">Product not received</dd></div>
<div><dt class="font-medium">Zahlungsart</dt><dd class="mt-1">Karte</dd></div>
<div><dt class="font-medium">Erstellt</dt><dd class="mt-1">12.01.2026, 10:00</dd></div>
<div><dt class="font-medium">Antwort bis</dt><dd class="mt-1">26.01.2026, 23:59</dd></div>
<div><dt class="font-medium">Land des Käufers</dt><dd class="mt-1">Österreich</dd></div>
<div><dt class="font-medium">Shop-ID (MID)</dt><dd class="mt-1">M-4711</dd></div>
</dl></main>`,
    facts: facts('DE-2026-0042', { amount: EUR, status: 'won', reason: 'Product not received', provider: 'card', createdAt: CREATED, dueBy: DUE, buyerCountry: 'AT', storeId: 'M-4711' }),
  },
  {
    name: 'MUI stat blocks: the value in an <h6>, its label below it in a <p>, in sibling Grid items (sv-SE)',
    lang: 'sv-SE',
    id: 'SV-778',
    body: `<div class="MuiContainer-root"><div class="MuiGrid-container">
<div class="MuiGrid-item"><div class="MuiPaper-root"><h6 class="MuiTypography-h6">SV-778</h6><p class="MuiTypography-body2">Tvist-ID</p></div></div>
<div class="MuiGrid-item"><div class="MuiPaper-root"><h6 class="MuiTypography-h6">1&nbsp;234,50&nbsp;kr</h6><p class="MuiTypography-body2">Belopp</p></div></div>
<div class="MuiGrid-item"><div class="MuiPaper-root"><h6 class="MuiTypography-h6">Förfrågan öppen</h6><p class="MuiTypography-body2">Status</p></div></div>
<div class="MuiGrid-item"><div class="MuiPaper-root"><h6 class="MuiTypography-h6">Return</h6><p class="MuiTypography-body2">Anledning</p></div></div>
<div class="MuiGrid-item"><div class="MuiPaper-root"><h6 class="MuiTypography-h6">Klarna</h6><p class="MuiTypography-body2">Betalningsmetod</p></div></div>
<div class="MuiGrid-item"><div class="MuiPaper-root"><h6 class="MuiTypography-h6">12 jan. 2026 10:00</h6><p class="MuiTypography-body2">Skapad</p></div></div>
<div class="MuiGrid-item"><div class="MuiPaper-root"><h6 class="MuiTypography-h6">26 januari 2026 kl. 23:59</h6><p class="MuiTypography-body2">Svara senast</p></div></div>
<div class="MuiGrid-item"><div class="MuiPaper-root"><h6 class="MuiTypography-h6">Norge</h6><p class="MuiTypography-body2">Köparens land</p></div></div>
<div class="MuiGrid-item"><div class="MuiPaper-root"><h6 class="MuiTypography-h6">M-4711</h6><p class="MuiTypography-body2">Butiks-ID (MID)</p></div></div>
</div></div>`,
    facts: facts('SV-778', { amount: { amountMinor: 123450, currency: 'SEK' }, status: 'warning_needs_response', reason: 'Return', provider: 'klarna', createdAt: CREATED, dueBy: DUE, buyerCountry: 'NO', storeId: 'M-4711' }),
  },
  {
    name: 'MUI Grid of label/value pairs as flat sibling items, label in a <p>, value in an <h6> (fi-FI)',
    lang: 'fi-FI',
    id: 'FI-31',
    body: `<div class="MuiCard-root"><div class="MuiCardHeader-root"><span class="MuiTypography-h5">Kiista</span></div><div class="MuiCardContent-root"><div class="MuiGrid-container">
<div class="MuiGrid-item MuiGrid-grid-xs-4"><p class="MuiTypography-body2">Kiistan tunnus</p></div><div class="MuiGrid-item MuiGrid-grid-xs-8"><h6 class="MuiTypography-subtitle1">FI-31</h6></div>
<div class="MuiGrid-item MuiGrid-grid-xs-4"><p class="MuiTypography-body2">Summa</p></div><div class="MuiGrid-item MuiGrid-grid-xs-8"><h6 class="MuiTypography-subtitle1">12,50&nbsp;€</h6></div>
<div class="MuiGrid-item MuiGrid-grid-xs-4"><p class="MuiTypography-body2">Tila</p></div><div class="MuiGrid-item MuiGrid-grid-xs-8"><h6 class="MuiTypography-subtitle1"><span class="MuiChip-label">Tarkistettavana</span></h6></div>
<div class="MuiGrid-item MuiGrid-grid-xs-4"><p class="MuiTypography-body2">Syy</p></div><div class="MuiGrid-item MuiGrid-grid-xs-8"><h6 class="MuiTypography-subtitle1">Duplicate</h6></div>
<div class="MuiGrid-item MuiGrid-grid-xs-4"><p class="MuiTypography-body2">Maksutapa</p></div><div class="MuiGrid-item MuiGrid-grid-xs-8"><h6 class="MuiTypography-subtitle1">Mastercard</h6></div>
<div class="MuiGrid-item MuiGrid-grid-xs-4"><p class="MuiTypography-body2">Luotu</p></div><div class="MuiGrid-item MuiGrid-grid-xs-8"><h6 class="MuiTypography-subtitle1">12.1.2026 klo 10.00</h6></div>
<div class="MuiGrid-item MuiGrid-grid-xs-4"><p class="MuiTypography-body2">Vastaa viimeistään</p></div><div class="MuiGrid-item MuiGrid-grid-xs-8"><h6 class="MuiTypography-subtitle1">26. tammikuuta 2026 klo 23.59</h6></div>
<div class="MuiGrid-item MuiGrid-grid-xs-4"><p class="MuiTypography-body2">Ostajan maa</p></div><div class="MuiGrid-item MuiGrid-grid-xs-8"><h6 class="MuiTypography-subtitle1">Suomi</h6></div>
<div class="MuiGrid-item MuiGrid-grid-xs-4"><p class="MuiTypography-body2">Kaupan tunnus (MID)</p></div><div class="MuiGrid-item MuiGrid-grid-xs-8"><h6 class="MuiTypography-subtitle1">M-4711</h6></div>
</div></div></div>`,
    facts: facts('FI-31', { amount: EUR, status: 'under_review', reason: 'Duplicate', provider: 'card', network: 'mastercard', createdAt: CREATED, dueBy: DUE, buyerCountry: 'FI', storeId: 'M-4711' }),
  },
  {
    name: 'Ant Design Descriptions (bordered): th/td pairs, two per row (da-DK)',
    lang: 'da-DK',
    id: 'DA-90',
    body: `<div class="ant-descriptions ant-descriptions-bordered"><div class="ant-descriptions-header"><div class="ant-descriptions-title">Tvist</div></div><div class="ant-descriptions-view"><table><tbody>
<tr class="ant-descriptions-row"><th class="ant-descriptions-item-label">Tvist-ID</th><td class="ant-descriptions-item-content">DA-90</td><th class="ant-descriptions-item-label">Beløb</th><td class="ant-descriptions-item-content">12,50&nbsp;€</td></tr>
<tr class="ant-descriptions-row"><th class="ant-descriptions-item-label">Status</th><td class="ant-descriptions-item-content"><span class="ant-badge ant-badge-status"><span class="ant-badge-status-dot"></span><span class="ant-badge-status-text">Tabt</span></span></td><th class="ant-descriptions-item-label">Årsag</th><td class="ant-descriptions-item-content">Faulty goods</td></tr>
<tr class="ant-descriptions-row"><th class="ant-descriptions-item-label">Betalingsmetode</th><td class="ant-descriptions-item-content">Klarna</td><th class="ant-descriptions-item-label">Oprettet</th><td class="ant-descriptions-item-content">12. jan. 2026, 10.00</td></tr>
<tr class="ant-descriptions-row"><th class="ant-descriptions-item-label">Svar senest</th><td class="ant-descriptions-item-content">26. januar 2026 kl. 23.59</td><th class="ant-descriptions-item-label">Købers land</th><td class="ant-descriptions-item-content">Danmark</td></tr>
<tr class="ant-descriptions-row"><th class="ant-descriptions-item-label">Butiks-ID (MID)</th><td class="ant-descriptions-item-content" colspan="3">M-4711</td></tr>
</tbody></table></div></div>`,
    facts: facts('DA-90', { amount: EUR, status: 'lost', reason: 'Faulty goods', provider: 'klarna', createdAt: CREATED, dueBy: DUE, buyerCountry: 'DK', storeId: 'M-4711' }),
  },
  {
    name: 'Ant Design Descriptions (borderless): label and content spans in one td, three per row (en-GB)',
    lang: 'en-GB',
    id: 'dp_AD_7',
    body: `<div class="ant-descriptions"><div class="ant-descriptions-view"><table><tbody>
<tr class="ant-descriptions-row"><td class="ant-descriptions-item" colspan="1"><div class="ant-descriptions-item-container"><span class="ant-descriptions-item-label ant-descriptions-item-colon">Dispute ID</span><span class="ant-descriptions-item-content">dp_AD_7</span></div></td><td class="ant-descriptions-item"><div class="ant-descriptions-item-container"><span class="ant-descriptions-item-label">Amount</span><span class="ant-descriptions-item-content">€12.50</span></div></td><td class="ant-descriptions-item"><div class="ant-descriptions-item-container"><span class="ant-descriptions-item-label">Status</span><span class="ant-descriptions-item-content">Under review</span></div></td></tr>
<tr class="ant-descriptions-row"><td class="ant-descriptions-item"><div class="ant-descriptions-item-container"><span class="ant-descriptions-item-label">Reason</span><span class="ant-descriptions-item-content">Subscription canceled</span></div></td><td class="ant-descriptions-item"><div class="ant-descriptions-item-container"><span class="ant-descriptions-item-label">Payment method</span><span class="ant-descriptions-item-content">Discover</span></div></td><td class="ant-descriptions-item"><div class="ant-descriptions-item-container"><span class="ant-descriptions-item-label">Created</span><span class="ant-descriptions-item-content">12/01/2026, 10:00</span></div></td></tr>
<tr class="ant-descriptions-row"><td class="ant-descriptions-item"><div class="ant-descriptions-item-container"><span class="ant-descriptions-item-label">Respond by</span><span class="ant-descriptions-item-content">26 January 2026 at 23:59</span></div></td><td class="ant-descriptions-item"><div class="ant-descriptions-item-container"><span class="ant-descriptions-item-label">Buyer country</span><span class="ant-descriptions-item-content">United Kingdom</span></div></td><td class="ant-descriptions-item"><div class="ant-descriptions-item-container"><span class="ant-descriptions-item-label">Store ID (MID)</span><span class="ant-descriptions-item-content">M-4711</span></div></td></tr>
</tbody></table></div></div>`,
    facts: facts('dp_AD_7', { amount: EUR, status: 'under_review', reason: 'Subscription canceled', provider: 'card', network: 'discover', createdAt: CREATED, dueBy: DUE, buyerCountry: 'GB', storeId: 'M-4711' }),
  },
  {
    name: 'a timeline of dated events and a notes area naming other disputes, amounts and "Won" beside the labelled fields (en-GB)',
    lang: 'en-GB',
    id: 'dp_TL_2',
    body: `<div class="layout"><section class="details"><h2>Dispute</h2><dl>
<dt>Dispute ID</dt><dd>dp_TL_2</dd><dt>Amount</dt><dd>€12.50</dd><dt>Status</dt><dd>Under review</dd><dt>Reason</dt><dd>Product unacceptable</dd>
<dt>Payment method</dt><dd>Card</dd><dt>Created</dt><dd>12 Jan 2026, 10:00</dd><dt>Respond by</dt><dd>26 Jan 2026, 23:59</dd><dt>Buyer country</dt><dd>SE</dd><dt>Store ID (MID)</dt><dd>M-4711</dd></dl></section>
<aside class="activity"><h3>Timeline</h3><ul role="list">
<li><div><p>Dispute opened</p><time datetime="2026-01-12T10:00">12 Jan 2026, 10:00</time></div></li>
<li><div><p>Evidence due</p><time datetime="2026-01-26T23:59">26 Jan 2026, 23:59</time></div></li>
<li><div><p>Evidence submitted</p><time>14 Jan 2026, 16:20</time></div></li>
<li><div><p>Response required</p><time>12 Jan 2026, 10:01</time></div></li>
</ul>
<h3>Notes</h3><ul>
<li><p><b>Anna</b> <time>13 Jan 2026, 09:12</time></p><p>Same customer as dp_OLD_9 (€40.00), which we Won. Respond by Friday please!</p></li>
<li><p><b>Erik</b></p><p>Won</p></li>
<li><p><b>Erik</b></p><p>Lost the last one, €99.00 refunded on 2 Dec 2025.</p></li>
</ul></aside></div>`,
    facts: facts('dp_TL_2', { amount: EUR, status: 'under_review', reason: 'Product unacceptable', provider: 'card', createdAt: CREATED, dueBy: DUE, buyerCountry: 'SE', storeId: 'M-4711' }),
  },
  {
    name: 'the same dispute twice: a summary card and the full details below it (sv-SE)',
    lang: 'sv-SE',
    id: 'SV-TWICE',
    body: `<main><div class="summary-card"><div><span>Tvist-ID</span><strong>SV-TWICE</strong></div><div><span>Belopp</span><strong>12,50&nbsp;€</strong></div><div><span>Svara senast</span><strong>26 jan. 2026 23:59</strong></div><span class="pill">Svar krävs</span></div>
<h2>Alla uppgifter</h2><table class="details"><tbody>
<tr><th>Tvist-ID</th><td>SV-TWICE</td></tr><tr><th>Belopp</th><td>12,50&nbsp;€</td></tr><tr><th>Status</th><td>Svar krävs</td></tr><tr><th>Anledning</th><td>General</td></tr>
<tr><th>Betalningsmetod</th><td>Kort</td></tr><tr><th>Skapad</th><td>2026-01-12 10:00</td></tr><tr><th>Svara senast</th><td>26 jan. 2026 23:59</td></tr><tr><th>Köparens land</th><td>Danmark</td></tr><tr><th>Butiks-ID (MID)</th><td>M-4711</td></tr></tbody></table></main>`,
    facts: facts('SV-TWICE', { amount: EUR, dueBy: DUE, status: 'open', reason: 'General', provider: 'card', createdAt: CREATED, buyerCountry: 'DK', storeId: 'M-4711' }),
  },
  {
    name: 'a modal dialog opened at the dispute’s own address, over an empty page (de-DE)',
    lang: 'de-DE',
    id: 'DLG-1',
    body: `<div id="root"><h1>Streitanfragen</h1></div><div class="modal-backdrop"></div><div role="dialog" aria-modal="true" aria-labelledby="t"><div class="modal-header"><h2 id="t">Streitfall DLG-1</h2><button aria-label="Schließen">×</button></div><div class="modal-body">
<p>Streitfall-ID: <b>DLG-1</b></p><p>Betrag: <b>12,50 €</b></p><p>Status: <b>Anfrage in Prüfung</b></p><p>Grund: <b>Unauthorized purchase</b></p><p>Zahlungsart: <b>Klarna</b></p>
<p>Erstellt: <b>12.01.2026, 10:00</b></p><p>Antwort bis: <b>26.01.2026, 23:59</b></p><p>Land des Käufers: <b>Deutschland</b></p><p>Shop-ID (MID): <b>M-4711</b></p></div><div class="modal-footer"><button>Schließen</button></div></div>`,
    facts: facts('DLG-1', { amount: EUR, status: 'warning_under_review', reason: 'Unauthorized purchase', provider: 'klarna', createdAt: CREATED, dueBy: DUE, buyerCountry: 'DE', storeId: 'M-4711' }),
  },
  {
    name: 'MUI TextField (filled and standard variants, no outline legend): each label names its read-only or disabled input (sv-SE)',
    lang: 'sv-SE',
    id: 'SV-TF-3',
    body: `<form class="MuiBox-root" noValidate><div class="MuiFormControl-root MuiTextField-root"><label class="MuiInputLabel-root MuiInputLabel-shrink" for="f0" id="f0-label">Tvist-ID</label><div class="MuiInputBase-root MuiFilledInput-root"><input id="f0" class="MuiInputBase-input" readonly value="SV-TF-3"></div></div><div class="MuiFormControl-root MuiTextField-root"><label class="MuiInputLabel-root MuiInputLabel-shrink" for="f1" id="f1-label">Belopp</label><div class="MuiInputBase-root MuiFilledInput-root"><input id="f1" class="MuiInputBase-input" readonly value="12,50 €"></div></div><div class="MuiFormControl-root MuiTextField-root"><label class="MuiInputLabel-root MuiInputLabel-shrink" for="f2" id="f2-label">Status</label><div class="MuiInputBase-root MuiFilledInput-root"><input id="f2" class="MuiInputBase-input" readonly value="Under granskning"></div></div><div class="MuiFormControl-root MuiTextField-root"><label class="MuiInputLabel-root MuiInputLabel-shrink" for="f3" id="f3-label">Anledning</label><div class="MuiInputBase-root MuiFilledInput-root"><input id="f3" class="MuiInputBase-input" readonly value="Already paid"></div></div><div class="MuiFormControl-root MuiTextField-root"><label class="MuiInputLabel-root MuiInputLabel-shrink" for="f4" id="f4-label">Betalningsmetod</label><div class="MuiInputBase-root MuiFilledInput-root"><input id="f4" class="MuiInputBase-input" readonly value="Billie"></div></div><div class="MuiFormControl-root MuiTextField-root"><label class="MuiInputLabel-root MuiInputLabel-shrink" for="f5" id="f5-label">Skapad</label><div class="MuiInputBase-root MuiFilledInput-root"><input id="f5" class="MuiInputBase-input" disabled value="2026-01-12 10:00"></div></div><div class="MuiFormControl-root MuiTextField-root"><label class="MuiInputLabel-root MuiInputLabel-shrink" for="f6" id="f6-label">Svara senast</label><div class="MuiInputBase-root MuiFilledInput-root"><input id="f6" class="MuiInputBase-input" disabled value="26 jan. 2026 23:59"></div></div><div class="MuiFormControl-root MuiTextField-root"><label class="MuiInputLabel-root MuiInputLabel-shrink" for="f7" id="f7-label">Köparens land</label><div class="MuiInputBase-root MuiFilledInput-root"><input id="f7" class="MuiInputBase-input" readonly value="Tyskland"></div></div><div class="MuiFormControl-root MuiTextField-root"><label class="MuiInputLabel-root MuiInputLabel-shrink" for="f8" id="f8-label">Butiks-ID (MID)</label><div class="MuiInputBase-root MuiFilledInput-root"><input id="f8" class="MuiInputBase-input" readonly value="M-4711"></div></div></form>`,
    facts: facts('SV-TF-3', { amount: EUR, status: 'under_review', reason: 'Already paid', provider: 'billie', createdAt: CREATED, dueBy: DUE, buyerCountry: 'DE', storeId: 'M-4711' }),
  },
  {
    name: 'Chakra UI Stat: a dl per stat with a help text dd under the number, a percentage or a date (nb-NO)',
    lang: 'nb-NO',
    id: 'NB-5',
    body: `<div class="chakra-stack"><div class="chakra-stat"><dl><dt class="chakra-stat__label">Tvist-ID</dt><dd class="chakra-stat__number">NB-5</dd></dl></div>
<div class="chakra-stat"><dl><dt class="chakra-stat__label">Beløp</dt><dd class="chakra-stat__number">kr&nbsp;1&nbsp;234,50</dd><dd class="chakra-stat__help-text"><svg class="chakra-stat__icon" aria-hidden="true"></svg>12.5% av ordren</dd></dl></div>
<div class="chakra-stat"><dl><dt class="chakra-stat__label">Status</dt><dd class="chakra-stat__number"><span class="chakra-badge">Svar kreves</span></dd><dd class="chakra-stat__help-text">12.01.2026</dd></dl></div>
<div class="chakra-stat"><dl><dt class="chakra-stat__label">Årsak</dt><dd class="chakra-stat__number">Unrecognized</dd><dd class="chakra-stat__help-text">23.36%</dd></dl></div>
<div class="chakra-stat"><dl><dt class="chakra-stat__label">Betalingsmetode</dt><dd class="chakra-stat__number">American Express</dd></dl></div>
<div class="chakra-stat"><dl><dt class="chakra-stat__label">Opprettet</dt><dd class="chakra-stat__number">12. jan. 2026, 10:00</dd></dl></div>
<div class="chakra-stat"><dl><dt class="chakra-stat__label">Svar innen</dt><dd class="chakra-stat__number">26. jan. 2026, 23:59</dd><dd class="chakra-stat__help-text">14 dager igjen</dd></dl></div>
<div class="chakra-stat"><dl><dt class="chakra-stat__label">Kjøpers land</dt><dd class="chakra-stat__number">Sverige</dd></dl></div>
<div class="chakra-stat"><dl><dt class="chakra-stat__label">Butikk-ID (MID)</dt><dd class="chakra-stat__number">M-4711</dd></dl></div></div>`,
    facts: facts('NB-5', { amount: { amountMinor: 123450, currency: 'NOK' }, status: 'open', reason: 'Unrecognized', provider: 'card', network: 'amex', createdAt: CREATED, dueBy: DUE, buyerCountry: 'SE', storeId: 'M-4711' }),
  },
  {
    name: 'a page header: breadcrumbs "Disputes / id", the id in the title with the status badge beside it, the amount as a large unlabelled number (en-GB)',
    lang: 'en-GB',
    id: 'dp_HDR_1',
    body: `<header class="page-header"><nav aria-label="Breadcrumb"><ol class="flex"><li><a href="/disputes">Disputes</a></li><li><span aria-hidden="true">/</span><a href="/disputes/dp_HDR_1" aria-current="page">dp_HDR_1</a></li></ol></nav>
<div class="flex items-center gap-3"><h1 class="text-2xl font-bold">Dispute dp_HDR_1</h1><span class="badge badge-warning">Response required</span></div>
<p class="text-4xl font-semibold tracking-tight">€12.50</p><p class="text-sm text-gray-500">Opened 12 Jan 2026 · Visa</p></header>
<section class="card"><h2>Details</h2><dl class="grid grid-cols-2">
<dt>Dispute ID</dt><dd>dp_HDR_1</dd><dt>Amount</dt><dd>€12.50</dd><dt>Reason</dt><dd>Credit not processed</dd><dt>Payment method</dt><dd>Visa</dd>
<dt>Created</dt><dd>12 Jan 2026, 10:00</dd><dt>Respond by</dt><dd>26 Jan 2026, 23:59</dd><dt>Buyer country</dt><dd>Germany</dd><dt>Store ID (MID)</dt><dd>M-4711</dd></dl></section>`,
    facts: facts('dp_HDR_1', { amount: EUR, reason: 'Credit not processed', ...VISA, createdAt: CREATED, dueBy: DUE, buyerCountry: 'DE', storeId: 'M-4711', status: 'open' }),
  },
  {
    name: 'a two-column table of the fields whose head row is the ID and its value, th labels in its body (nb-NO)',
    lang: 'nb-NO',
    id: 'NB-TH-2',
    body: `<table class="table table-sm"><thead><tr><th>Tvist-ID</th><th>NB-TH-2</th></tr></thead><tbody>
<tr><th>Beløp</th><td>12,50&nbsp;€</td></tr><tr><th>Status</th><td>Under vurdering</td></tr><tr><th>Årsak</th><td>Incorrect invoice</td></tr><tr><th>Betalingsmetode</th><td>Klarna</td></tr>
<tr><th>Opprettet</th><td>12.01.2026, 10:00</td></tr><tr><th>Svar innen</th><td>26. januar 2026 kl. 23:59</td></tr><tr><th>Kjøpers land</th><td>Finland</td></tr><tr><th>Butikk-ID (MID)</th><td>M-4711</td></tr></tbody></table>`,
    facts: facts('NB-TH-2', { amount: EUR, status: 'under_review', reason: 'Incorrect invoice', provider: 'klarna', createdAt: CREATED, dueBy: DUE, buyerCountry: 'FI', storeId: 'M-4711' }),
  },
  {
    name: 'the same with plain td cells and the ID row in the head (en-GB)',
    lang: 'en-GB',
    id: 'dp_TD_4',
    body: `<table><thead><tr><td>Dispute ID</td><td>dp_TD_4</td></tr></thead><tbody><tr><td>Amount</td><td>€12.50</td></tr><tr><td>Status</td><td>Lost</td></tr><tr><td>Respond by</td><td>26 Jan 2026, 23:59</td></tr></tbody></table>`,
    facts: facts('dp_TD_4', { amount: EUR, status: 'lost', dueBy: DUE }),
  },
  {
    name: 'notes under the fields whose lines start with labels: "Dispute ID: dp_999 is the same buyer", "Status: Won last time" (en-GB)',
    lang: 'en-GB',
    id: 'dp_NOTE_5',
    body: `<main><div class="grid"><dl class="fields"><dt>Dispute ID</dt><dd>dp_NOTE_5</dd><dt>Amount</dt><dd>€12.50</dd><dt>Status</dt><dd>Under review</dd><dt>Respond by</dt><dd>26 Jan 2026, 23:59</dd></dl>
<section class="notes"><h3>Internal notes</h3><ul><li><b>Anna:</b> Dispute ID: dp_999 is the same buyer, we won that one.</li><li><b>Eva:</b> Tvist-ID: dp_998 är samma köpare</li><li><b>Erik:</b> Amount: €40.00 last time. Status: Won</li><li><p>Status: Won last time, see the other case.</p><p>Respond by: Friday at the latest</p></li></ul></section></div></main>`,
    facts: facts('dp_NOTE_5', { amount: EUR, status: 'under_review', dueBy: DUE }),
  },
]

describe('detail pages in markup the reader has not seen', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = read(c.body, c.lang, `https://portal.kustom.co/disputes/${c.id}`);
    expect(r.problems).toEqual([]);
    expect(r.page).toBe('dispute_detail');
    expect(r.disputes.map((d) => d.facts)).toEqual([c.facts]);
    expect(partialDisputeFactsSchema.safeParse(r.disputes[0]!.facts).success).toBe(true);
    expect(r.disputes[0]!.anchor.tagName).not.toBe('BODY');
  });
});

// One labelled value at a time, as hand-written admin pages print them: extra words, weekdays, zone
// names, separators. [language, ID label, value label, shown value, the fact it must give]
const VALUE_CASES: [string, string, string, string, Partial<DisputeFacts>][] = [
  ['en-GB', 'Dispute ID', 'Amount', 'EUR 12.50', { amount: EUR }],
  ['en-GB', 'Dispute ID', 'Amount', '€12.50 (EUR)', { amount: EUR }],
  ['sv-SE', 'Tvist-ID', 'Belopp', 'kr 1 234,50 (SEK)', { amount: { amountMinor: 123450, currency: 'SEK' } }],
  ['de-DE', 'Streitfall-ID', 'Betrag', 'EUR 12,50 €', { amount: EUR }],
  ['sv-SE', 'Tvist-ID', 'Belopp', 'SEK 1 234,50', { amount: { amountMinor: 123450, currency: 'SEK' } }],
  ['sv-SE', 'Tvist-ID', 'Belopp', '1\u00a0234,50\u00a0kr', { amount: { amountMinor: 123450, currency: 'SEK' } }],
  ['de-DE', 'Streitfall-ID', 'Betrag', '1.234,50 EUR', { amount: { amountMinor: 123450, currency: 'EUR' } }],
  ['da-DK', 'Tvist-ID', 'Beløb', '1.234,50 kr.', { amount: { amountMinor: 123450, currency: 'DKK' } }],
  ['fi-FI', 'Kiistan tunnus', 'Summa', '12,50\u202f€', { amount: EUR }],
  ['de-DE', 'Streitfall-ID', 'Antwort bis', 'Montag, 26. Januar 2026 um 23:59', { dueBy: DUE }],
  ['de-DE', 'Streitfall-ID', 'Antwort bis', '26.01.2026 23:59 MEZ', { dueBy: DUE }],
  ['fi-FI', 'Kiistan tunnus', 'Vastaa viimeistään', '26. tammikuuta 2026 klo 23.59', { dueBy: DUE }],
  ['fi-FI', 'Kiistan tunnus', 'Vastaa viimeistään', 'maanantai 26. tammikuuta 2026 klo 23.59', { dueBy: DUE }],
  ['nb-NO', 'Tvist-ID', 'Svar innen', '26.01.2026 kl. 23:59', { dueBy: DUE }],
  ['nb-NO', 'Tvist-ID', 'Svar innen', 'mandag 26. januar 2026 kl. 23:59', { dueBy: DUE }],
  ['da-DK', 'Tvist-ID', 'Svar senest', '26. januar 2026 kl. 23.59', { dueBy: DUE }],
  ['da-DK', 'Tvist-ID', 'Svar senest', 'mandag den 26. januar 2026 kl. 23.59', { dueBy: DUE }],
  ['sv-SE', 'Tvist-ID', 'Svara senast', 'måndag 26 januari 2026 kl. 23:59', { dueBy: DUE }],
  ['sv-SE', 'Tvist-ID', 'Svara senast', '2026-01-26 kl. 23:59', { dueBy: DUE }],
  ['en-GB', 'Dispute ID', 'Respond by', 'Mon, 26 Jan 2026, 23:59', { dueBy: DUE }],
  ['en-GB', 'Dispute ID', 'Respond by', 'Monday 26 January 2026 at 23:59', { dueBy: DUE }],
  ['en-GB', 'Dispute ID', 'Respond by', '26 Jan 2026, 23:59 CET', { dueBy: DUE }],
  ['en-GB', 'Dispute ID', 'Respond by', '26 Jan 2026, 23:59 GMT+1', { dueBy: DUE }],
  ['en-GB', 'Dispute ID', 'Respond by', '26 Jan 2026, 22:59 UTC', { dueBy: DUE }],
  ['en-GB', 'Dispute ID', 'Respond by', '26/01/2026, 11:59 pm', { dueBy: DUE }],
  ['en-GB', 'Dispute ID', 'Respond by', '26 Jan 2026 · 23:59', { dueBy: DUE }],
  ['en-GB', 'Dispute ID', 'Respond by', '26/01/2026 - 23:59', { dueBy: DUE }],
  ['en-GB', 'Dispute ID', 'Respond by', '26 Jan 2026 @ 11:59 PM', { dueBy: DUE }],
  ['nb-NO', 'Tvist-ID', 'Svar innen', '26.01.2026 · kl. 23:59', { dueBy: DUE }],
  ['de-DE', 'Streitfall-ID', 'Erstellt', '12.01.2026 um 10:00 Uhr', { createdAt: CREATED }],
  ['de-DE', 'Streitfall-ID', 'Antwort bis', '26.01.2026, 23:59 Uhr', { dueBy: DUE }],
  ['de-DE', 'Streitfall-ID', 'Antwort bis', 'Mo., 26. Jan. 2026, 23:59 Uhr', { dueBy: DUE }],
  ['en-GB', 'Dispute ID', 'Created', '2026-01-12T10:00:00+01:00', { createdAt: CREATED }],
  ['en-GB', 'Dispute ID', 'Status', '● Under review', { status: 'under_review' }],
  ['en-GB', 'Dispute ID', 'Status', 'Won ✓', { status: 'won' }],
  ['sv-SE', 'Tvist-ID', 'Status', '🟢 Vunnen', { status: 'won' }],
  ['de-DE', 'Streitfall-ID', 'Status', '⚠ Antwort erforderlich!', { status: 'open' }],
  ['fi-FI', 'Kiistan tunnus', 'Tila', 'Suljettu – Osittain voitettu', { status: 'won' }],
  ['da-DK', 'Tvist-ID', 'Status', 'Lukket/Tabt', { status: 'lost' }],
  ['en-GB', 'Dispute ID', 'Created', '12 Jan 2026, 10:00:00', { createdAt: CREATED }],
];

describe('values with extra words, weekdays, zones and separators', () => {
  it.each(VALUE_CASES)('%s %s / %s: "%s"', (lang, idLabel, label, value, expected) => {
    const r = read(`<main><dl><dt>${idLabel}</dt><dd>V-1</dd><dt>${label}</dt><dd>${value}</dd></dl></main>`, lang, 'https://portal.kustom.co/disputes/V-1');
    expect(r.problems).toEqual([]);
    expect(r.page).toBe('dispute_detail');
    expect(r.disputes.map((d) => d.facts)).toEqual([{ id: 'V-1', ...expected }]);
  });
});

// What cannot be dated safely: a problem that names the field, and no date at all (never a wrong one).
const UNDATABLE: [string, string, string][] = [
  ['en-GB', 'Respond by', 'Today, 14:00'],
  ['en-GB', 'Respond by', 'Tomorrow'],
  ['en-GB', 'Respond by', 'in 3 days'],
  ['en-GB', 'Respond by', '26 Jan, 23:59'],
  ['de-DE', 'Antwort bis', 'Heute, 14:00 Uhr'],
  ['sv-SE', 'Svara senast', 'i morgon kl. 14:00'],
  ['en-GB', 'Created', '3 days ago'],
  ['de-DE', 'Antwort bis', '26.01.2026, 23 Uhr'],
  ['en-GB', 'Respond by', '26 Jan 2026 - 26 Feb 2026'],
];

describe('values that cannot be dated safely', () => {
  it.each(UNDATABLE)('%s %s: "%s" is a problem, not a date', (lang, label, value) => {
    const idLabel = lang === 'en-GB' ? 'Dispute ID' : lang === 'de-DE' ? 'Streitfall-ID' : 'Tvist-ID';
    const r = read(`<main><dl><dt>${idLabel}</dt><dd>V-2</dd><dt>${label}</dt><dd>${value}</dd></dl></main>`, lang, 'https://portal.kustom.co/disputes/V-2');
    expect(r.disputes.map((d) => d.facts)).toEqual([{ id: 'V-2' }]);
    expect(r.problems).toEqual([expect.stringMatching(/^Dispute V-2: the (respond by|created) date could not be read/)]);
  });
});

// Labels as pages mangle them: [language, html of the pairs, facts]
const MANGLED: [string, string, string, Partial<DisputeFacts>][] = [
  ['upper-case labels (text-transform written into the text)', 'en-GB', `<dl><dt>DISPUTE ID</dt><dd>M-1</dd><dt>AMOUNT</dt><dd>€12.50</dd><dt>RESPOND BY</dt><dd>26 JAN 2026, 23:59</dd></dl>`, { id: 'M-1', amount: EUR, dueBy: DUE }],
  ['labels with a trailing colon or a required-asterisk', 'de-DE', `<dl><dt>Streitfall-ID:</dt><dd>M-1</dd><dt>Betrag *</dt><dd>12,50 €</dd><dt>Antwort bis:</dt><dd>26.01.2026, 23:59</dd></dl>`, { id: 'M-1', amount: EUR, dueBy: DUE }],
  ['no-break and narrow no-break spaces inside labels and values', 'sv-SE', `<dl><dt>Tvist-ID</dt><dd>M-1</dd><dt>Svara&nbsp;senast</dt><dd>26&nbsp;jan.&nbsp;2026&#8239;23:59</dd><dt>Köparens&nbsp;land</dt><dd>Norge</dd><dt>Belopp</dt><dd>1&#8239;234,50&nbsp;kr</dd></dl>`, { id: 'M-1', dueBy: DUE, buyerCountry: 'NO', amount: { amountMinor: 123450, currency: 'SEK' } }],
  ['zero-width spaces and soft hyphens (hyphenation hints) in labels and the id', 'de-DE', `<dl><dt>Streit&shy;fall-ID</dt><dd>M&#8203;-1</dd><dt>Zahlungs&shy;art</dt><dd>Karte</dd><dt>&#8203;Land des Käu&shy;fers</dt><dd>Schweiz</dd></dl>`, { id: 'M-1', provider: 'card', buyerCountry: 'CH' }],
  ['labels and values padded with newlines and indentation (a template engine)', 'fi-FI', `<dl>\n  <dt>\n    Kiistan tunnus\n  </dt>\n  <dd>\n    M-1\n  </dd>\n  <dt>\n    Vastaa viimeistään\n  </dt>\n  <dd>\n    26.1.2026 klo 23.59\n  </dd>\n</dl>`, { id: 'M-1', dueBy: DUE }],
  ['words for screen readers after the label in its dt', 'en-GB', `<dl><dt>Dispute ID</dt><dd>M-1</dd><dt>Amount<span class="sr-only"> (in the order’s currency)</span></dt><dd>€12.50</dd><dt>Respond by <span class="visually-hidden">(date and time)</span></dt><dd>26 Jan 2026, 23:59</dd></dl>`, { id: 'M-1', amount: EUR, dueBy: DUE }],
  ['a tooltip’s text after the label in its dt', 'da-DK', `<dl><dt>Tvist-ID</dt><dd>M-1</dd><dt>Svar senest <span class="tooltip" role="tooltip">Fristen er sat af kortnetværket</span></dt><dd>26.01.2026 23.59</dd><dt>Beløb <abbr title="påkrævet">*</abbr> <small>inkl. moms</small></dt><dd>12,50 €</dd></dl>`, { id: 'M-1', dueBy: DUE, amount: EUR }],
  ['a label with an info icon and its tooltip text after it', 'nb-NO', `<dl><dt>Tvist-ID</dt><dd>M-1</dd><dt>Svar innen <span class="icon" aria-hidden="true">ⓘ</span></dt><dd>26.01.2026 kl. 23:59</dd></dl>`, { id: 'M-1', dueBy: DUE }],
  ['bold labels with a colon, values as bare text after them, one per line', 'da-DK', `<div class="card-body"><strong>Tvist-ID:</strong> M-1<br><strong>Beløb:</strong> 12,50 €<br><strong>Svar senest:</strong> 26.01.2026 23.59<br><strong>Betalingsmetode:</strong> Kort</div>`, { id: 'M-1', amount: EUR, dueBy: DUE, provider: 'card' }],
  ['bold labels, the colon after them in the text: "<b>Amount</b>: €12.50"', 'en-GB', `<div class="panel"><p><b>Dispute ID</b>: M-1</p><p><b>Amount</b> : €12.50</p><p><strong>Respond by</strong>:&nbsp;26 Jan 2026, 23:59</p></div>`, { id: 'M-1', amount: EUR, dueBy: DUE }],
  ['label and value in spans, the colon between them', 'fi-FI', `<ul class="list-unstyled"><li><span class="text-muted">Kiistan tunnus</span>: <span>M-1</span></li><li><span class="text-muted">Summa</span>: <span>12,50 €</span></li><li><span class="text-muted">Vastaa viimeistään</span>: <span>26.1.2026 klo 23.59</span></li></ul>`, { id: 'M-1', amount: EUR, dueBy: DUE }],
  ['sections of their own, each a dl under a heading', 'en-GB', `<section><h2>Overview</h2><dl><dt>Dispute ID</dt><dd>M-1</dd><dt>Status</dt><dd>Won</dd></dl></section><section><h2>Payment</h2><dl><dt>Amount</dt><dd>€12.50</dd><dt>Payment method</dt><dd>Visa</dd></dl></section><section><h2>Deadlines</h2><dl><dt>Created</dt><dd>12 Jan 2026, 10:00</dd><dt>Respond by</dt><dd>26 Jan 2026, 23:59</dd></dl></section>`, { id: 'M-1', status: 'won', amount: EUR, ...VISA, createdAt: CREATED, dueBy: DUE }],
  ['a property table with a "Field | Value" head row', 'sv-SE', `<table><thead><tr><th>Fält</th><th>Värde</th></tr></thead><tbody><tr><td>Tvist-ID</td><td>M-1</td></tr><tr><td>Belopp</td><td>12,50 €</td></tr><tr><td>Status</td><td>Vunnen</td></tr></tbody></table>`, { id: 'M-1', amount: EUR, status: 'won' }],
  ['row headers with scope="row"', 'da-DK', `<table><tbody><tr><th scope="row">Tvist-ID</th><td>M-1</td></tr><tr><th scope="row">Beløb</th><td>12,50 €</td></tr><tr><th scope="row">Svar senest</th><td>26.01.2026 23.59</td></tr></tbody></table>`, { id: 'M-1', amount: EUR, dueBy: DUE }],
  ['ARIA term and definition', 'nb-NO', `<div role="list"><div role="listitem"><span role="term">Tvist-ID</span><span role="definition">M-1</span></div><div role="listitem"><span role="term">Beløp</span><span role="definition">12,50 €</span></div></div>`, { id: 'M-1', amount: EUR }],
  ['the ID label small above the ID as the page title', 'en-GB', `<header><small>Dispute ID</small><h1>M-1</h1></header><dl><dt>Amount</dt><dd>€12.50</dd></dl>`, { id: 'M-1', amount: EUR }],
  ['labels beside read-only inputs, not naming them', 'de-DE', `<div><label>Streitfall-ID</label><input readonly value="M-1"></div><div><label>Betrag</label><input readonly value="12,50 €"></div>`, { id: 'M-1', amount: EUR }],
  ['the fields twice, for small and for large screens (hidden by stylesheets only)', 'en-GB', `<div class="d-md-none"><p>Dispute ID: M-1</p><p>Amount: €12.50</p></div><div class="d-none d-md-block"><dl><dt>Dispute ID</dt><dd>M-1</dd><dt>Amount</dt><dd>€12.50</dd><dt>Status</dt><dd>Won</dd></dl></div>`, { id: 'M-1', amount: EUR, status: 'won' }],
  ['a deadline shown relative in words, the date in its <time datetime>', 'en-GB', `<dl><dt>Dispute ID</dt><dd>M-1</dd><dt>Respond by</dt><dd><time datetime="2026-01-26T23:59:00+01:00">in 14 days</time></dd></dl>`, { id: 'M-1', dueBy: DUE }],
  ['a deadline relative in words, then the date in an element of its own', 'en-GB', `<dl><dt>Dispute ID</dt><dd>M-1</dd><dt>Respond by</dt><dd><span>in 14 days</span> <span>26 Jan 2026, 23:59</span></dd></dl>`, { id: 'M-1', dueBy: DUE }],
  ['Bootstrap rows: a label column and a value column', 'en-GB', `<div class="container"><div class="row"><div class="col-sm-3 fw-bold">Dispute ID</div><div class="col-sm-9">M-1</div></div><div class="row"><div class="col-sm-3 fw-bold">Amount</div><div class="col-sm-9">€12.50</div></div><div class="row"><div class="col-sm-3 fw-bold">Respond by</div><div class="col-sm-9">26 Jan 2026, 23:59</div></div></div>`, { id: 'M-1', amount: EUR, dueBy: DUE }],
  ['MUI List: label as the primary text, value as the secondary', 'en-GB', `<ul class="MuiList-root"><li class="MuiListItem-root"><div class="MuiListItemText-root"><span class="MuiTypography-body1">Dispute ID</span><p class="MuiTypography-body2">M-1</p></div></li><li class="MuiListItem-root"><div class="MuiListItemText-root"><span class="MuiTypography-body1">Amount</span><p class="MuiTypography-body2">€12.50</p></div></li><li class="MuiListItem-root"><div class="MuiListItemText-root"><span class="MuiTypography-body1">Respond by</span><p class="MuiTypography-body2">26 Jan 2026, 23:59</p></div></li></ul>`, { id: 'M-1', amount: EUR, dueBy: DUE }],
];

describe('labels and values as pages mangle them', () => {
  it.each(MANGLED)('%s (%s)', (_name, lang, html, expected) => {
    const r = read(`<main>${html}</main>`, lang, 'https://portal.kustom.co/disputes/M-1');
    expect(r.problems).toEqual([]);
    expect(r.page).toBe('dispute_detail');
    expect(r.disputes.map((d) => d.facts)).toEqual([expected]);
  });
});

// A drawer or dialog showing one dispute over the list it was opened from (the list rows still
// behind it): the page is the list, and the drawer's facts are its row's dispute's, not a second one.
describe('a dispute’s details in a drawer over the list', () => {
  const DRAWER = `<div role="dialog" aria-modal="true" class="drawer"><header><h2>Dispute X-2</h2><button aria-label="Close">×</button></header><dl><dt>Dispute ID</dt><dd>X-2</dd><dt>Buyer country</dt><dd>Norway</dd><dt>Respond by</dt><dd>26 Jan 2026, 23:59</dd></dl></div>`;
  it.each([
    ['over cards', `<ul><li><p>Dispute ID: <b>X-1</b></p><p>Amount: <b>€1.00</b></p></li><li><p>Dispute ID: <b>X-2</b></p><p>Amount: <b>€12.50</b></p></li></ul>`],
    ['over a table', `<table><thead><tr><th>Dispute ID</th><th>Amount</th></tr></thead><tbody><tr><td>X-1</td><td>€1.00</td></tr><tr><td>X-2</td><td>€12.50</td></tr></tbody></table>`],
  ])('%s, at the address the drawer gives the dispute', (_name, list) => {
    const r = read(`<main>${list}</main>${DRAWER}`, 'en-GB', 'https://portal.kustom.co/disputes/X-2');
    expect(r.problems).toEqual([]);
    expect(r.page).toBe('dispute_list');
    expect(r.disputes.map((d) => d.facts)).toEqual([
      { id: 'X-1', amount: { amountMinor: 100, currency: 'EUR' } },
      { id: 'X-2', amount: EUR, buyerCountry: 'NO', dueBy: DUE },
    ]);
  });
});

// A detail page's status shown as a badge beside its fields rather than among them (by the title,
// in a card's header): every status word on the page counts, as inside it; where they disagree, none.
describe('a status badge beside the fields, not among them', () => {
  const FIELDS = `<dl><dt>Streitfall-ID</dt><dd>B-1</dd><dt>Betrag</dt><dd>12,50 €</dd></dl>`;
  const TABS = `<nav role="tablist"><a role="tab" aria-selected="true">Antwort erforderlich</a><a role="tab">In Prüfung</a><a role="tab">Geschlossen</a><a role="tab">Alle</a></nav>`;
  it.each([
    ['in the card’s header, the fields in its body', `<div class="card"><div class="card-header"><h2>Streitfall B-1</h2><span class="badge">Gewonnen</span></div><div class="card-body">${FIELDS}</div></div>`, 'won'],
    ['beside the title, the tabs of the list above without counters: the tabs’ words are the list’s, not this one’s', `${TABS}<div class="card"><div class="card-header"><h2>Streitfall B-1</h2><span class="badge">Anfrage offen</span></div>${FIELDS}</div>`, 'warning_needs_response'],
    ['beside the title, tabs without counters in a tab list of their own (no nav)', `${TABS.replace(/nav/g, 'div')}<div class="card"><div class="card-header"><h2>Streitfall B-1</h2><span class="badge">Anfrage offen</span></div>${FIELDS}</div>`, 'warning_needs_response'],
    ['beside the title, the tabs of the list above with counters (no status words)', `${TABS.replace(/<\/a>/g, ' (1)</a>')}<div class="card"><div class="card-header"><h2>Streitfall B-1</h2><span class="badge">Anfrage offen</span></div>${FIELDS}</div>`, 'warning_needs_response'],
    ['the list’s tabs and no badge: the tabs’ words are no status', `${TABS}<div class="card"><h2>Streitfall B-1</h2>${FIELDS}</div>`, undefined],
    ['a badge and, in a sidebar, a list of other disputes with theirs: the badge', `<header><h1>Streitfall B-1</h1><span>Gewonnen</span></header><section>${FIELDS}</section><aside><h3>Weitere Streitfälle des Käufers</h3><ul><li>B-0 · <span>Verloren</span></li></ul></aside>`, 'won'],
    ['no badge, and in a sidebar another dispute with its status: not this one’s', `<header><h1>Streitfall B-1</h1></header><section>${FIELDS}</section><aside><h3>Weitere Streitfälle des Käufers</h3><ul><li>B-0 · <span>Verloren</span></li></ul></aside>`, undefined],
    ['no badge, and in a sidebar drawn as a complementary region another dispute with its status', `<h1>Streitfall B-1</h1><div class="grid"><div>${FIELDS}</div><div role="complementary"><p>B-0 · <span>Verloren</span></p></div></div>`, undefined],
    ['no badge, and in the navigation a link to another dispute with its status', `<nav><a href="/disputes/B-0">B-0 · <span>Verloren</span></a></nav><h1>Streitfall B-1</h1>${FIELDS}`, undefined],
    ['a badge that says otherwise than the Status field: the field', `<div><h2>Streitfall B-1</h2><span>Gewonnen</span><dl><dt>Streitfall-ID</dt><dd>B-1</dd><dt>Status</dt><dd>Verloren</dd></dl></div>`, 'lost'],
  ])('%s', (_name, body, status) => {
    const r = read(`<main>${body}</main>`, 'de-DE', 'https://portal.kustom.co/disputes/B-1');
    expect(r.problems).toEqual([]);
    expect(r.page).toBe('dispute_detail');
    expect(r.disputes.map((d) => [d.facts.id, d.facts.status])).toEqual([['B-1', status]]);
  });
});

// Amounts that name two different currencies, or a symbol the page's language leaves open beside a
// code: a problem, never one of them guessed.
describe('amounts that name two currencies', () => {
  it.each([
    ['en-GB', 'Dispute ID', 'Amount', '€12.50 (SEK)'],
    ['en-GB', 'Dispute ID', 'Amount', 'kr 1,234.50 (NOK)'],
    ['de-DE', 'Streitfall-ID', 'Betrag', 'CHF 12,50 €'],
    ['sv-SE', 'Tvist-ID', 'Belopp', '1 234,50 kr SEK'],
  ])('%s %s / %s: "%s"', (lang, idLabel, label, value) => {
    const r = read(`<main><dl><dt>${idLabel}</dt><dd>V-3</dd><dt>${label}</dt><dd>${value}</dd></dl></main>`, lang, 'https://portal.kustom.co/disputes/V-3');
    expect(r.disputes.map((d) => d.facts)).toEqual([{ id: 'V-3' }]);
    expect(r.problems).toEqual([expect.stringMatching(/^Dispute V-3: the amount could not be read: /)]);
  });
});

// Cards whose ID line runs on with other values in the same text: still one dispute each (a note's
// "Dispute ID: dp_999 is the same buyer", a sentence, is none: see the notes page above).
describe('cards whose ID line holds more than the ID', () => {
  it.each([
    ['en-GB', 'Dispute ID: C-1 · Goods not received', 'Dispute ID: C-2 · Product not received'],
    ['en-GB', 'Dispute ID: C-1 (copy)', 'Dispute ID: C-2 Copy to clipboard'],
    ['sv-SE', 'Tvist-ID: C-1 · 12 jan. 2026', 'Tvist-ID: C-2 · Svar krävs'],
  ])('%s: "%s"', (lang, first, second) => {
    const r = read(`<ul><li><p>${first}</p></li><li><p>${second}</p></li></ul>`, lang, 'https://portal.kustom.co/disputes');
    expect(r.page).toBe('dispute_list');
    expect(r.disputes.map((d) => d.facts.id)).toEqual(['C-1', 'C-2']);
  });
});

// A random ID has no digit now and then (14 letters of base 62: about one in twelve), and a Copy
// button beside it puts its words in the same value: the ID is the token shaped like one (a dash
// or underscore and a capital letter), not "dp_AbCdEfGhIjKlMn Copy". An icon font's ligature
// ("content_copy") is lower case and no ID.
describe('an ID without a digit beside a Copy button', () => {
  const copy = (words: string) => `<button type="button"><span class="sr-only">${words}</span></button>`;
  it.each([
    ['en-GB', 'Dispute ID', copy('Copy'), 'dp_AbCdEfGhIjKlMn'],
    ['de-DE', 'Streitfall-ID', copy('Kopieren'), 'dp_QwErTyUiOpAsDf'],
    ['sv-SE', 'Tvist-ID', copy('Kopiera till urklipp'), 'KD-ABCDEFGH'],
    ['fi-FI', 'Kiistan tunnus', '<button><i class="material-icons">content_copy</i></button>', 'dp_XyZaBcDeFgHiJk'],
    ['en-GB', 'Dispute ID', '<i class="material-icons">content_copy</i>', 'kd-MnOpQr'],
  ])('%s: %s with "%s"', (lang, idLabel, button, id) => {
    const detail = read(`<main><dl><dt>${idLabel}</dt><dd>${id} ${button}</dd></dl></main>`, lang, `https://portal.kustom.co/disputes/${id}`);
    expect(detail.disputes.map((d) => d.facts.id)).toEqual([id]);
    const list = read(`<main><table><thead><tr><th>${idLabel}</th><th>Status</th></tr></thead><tbody><tr><td>${id} ${button}</td><td>—</td></tr><tr><td>DP-2 ${button}</td><td>—</td></tr></tbody></table></main>`, lang, 'https://portal.kustom.co/disputes');
    expect(list.disputes.map((d) => d.facts.id)).toEqual([id, 'DP-2']);
  });
});
