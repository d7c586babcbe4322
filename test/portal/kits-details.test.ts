// @vitest-environment happy-dom
// Dispute DETAIL pages as more UI kits render one record (issue 3: "Tests outside the project will
// read pages in markup you have not seen, with the vocabulary's texts"): Mantine (stat grid, vertical
// Table), Vuetify (v-list items: the value as the title, the label as the subtitle below it),
// Element Plus (el-descriptions, bordered and not), PrimeReact (PrimeBlocks description list with
// Edit buttons), Carbon (StructuredList of label and value, read-only TextInputs), Fluent UI (v9
// Fields with read-only inputs, v8 Label/Text stacks), Shopify Polaris (Page header with a badge,
// DescriptionList), Radix Themes (DataList with a Copy button), Semantic UI (definition table),
// Quasar (q-list items, label over caption) and Salesforce Lightning (record page: highlights panel
// and read-only form elements). Each in every portal language with the vocabulary's labels and
// the values Intl prints. Each page must read as one dispute on a detail page with every fact it
// shows, and no problem.
import { describe, expect, it } from 'vitest';
import { readPortalPage } from '../../lib/portal';
import { partialDisputeFactsSchema } from '../../lib/rules/schema';

const TZ = 'Europe/Stockholm';
const read = (body: string, tag: string, id: string) =>
  readPortalPage(new DOMParser().parseFromString(`<!doctype html><html lang="${tag}"><head><title>Portal</title></head><body>${body}</body></html>`, 'text/html'), `https://portal.kustom.co/disputes/${id}`, {
    timeZone: TZ,
  });

type Field = 'id' | 'orderId' | 'merchantReference' | 'amount' | 'status' | 'reason' | 'paymentMethod' | 'networkReasonCode' | 'createdAt' | 'dueBy' | 'buyerCountry' | 'store';
const FIELDS: Field[] = ['id', 'orderId', 'merchantReference', 'amount', 'status', 'reason', 'paymentMethod', 'networkReasonCode', 'createdAt', 'dueBy', 'buyerCountry', 'store'];

interface Lang {
  tag: string;
  labels: Record<Field, string>;
  /** the page's title word ("Dispute") and the kits' own button words */
  words: { dispute: string; copy: string; edit: string; back: string; details: string };
  /** the status "open" as the portal shows it */
  open: string;
}

// The vocabulary's texts (portal-vocabulary.md)
const LANGS: Lang[] = [
  {
    tag: 'en-GB',
    labels: { id: 'Dispute ID', orderId: 'Order ID', merchantReference: 'Merchant reference', amount: 'Amount', status: 'Status', reason: 'Reason', paymentMethod: 'Payment method', networkReasonCode: 'Network reason code', createdAt: 'Created', dueBy: 'Respond by', buyerCountry: 'Buyer country', store: 'Store ID (MID)' },
    words: { dispute: 'Dispute', copy: 'Copy', edit: 'Edit', back: 'Disputes', details: 'Details' },
    open: 'Response required',
  },
  {
    tag: 'de-DE',
    labels: { id: 'Streitfall-ID', orderId: 'Bestell-ID', merchantReference: 'Händlerreferenz', amount: 'Betrag', status: 'Status', reason: 'Grund', paymentMethod: 'Zahlungsart', networkReasonCode: 'Netzwerk-Grundcode', createdAt: 'Erstellt', dueBy: 'Antwort bis', buyerCountry: 'Land des Käufers', store: 'Shop-ID (MID)' },
    words: { dispute: 'Streitfall', copy: 'Kopieren', edit: 'Bearbeiten', back: 'Streitfälle', details: 'Details' },
    open: 'Antwort erforderlich',
  },
  {
    tag: 'sv-SE',
    labels: { id: 'Tvist-ID', orderId: 'Order-ID', merchantReference: 'Handlarreferens', amount: 'Belopp', status: 'Status', reason: 'Anledning', paymentMethod: 'Betalningsmetod', networkReasonCode: 'Nätverkets orsakskod', createdAt: 'Skapad', dueBy: 'Svara senast', buyerCountry: 'Köparens land', store: 'Butiks-ID (MID)' },
    words: { dispute: 'Tvist', copy: 'Kopiera', edit: 'Redigera', back: 'Tvister', details: 'Detaljer' },
    open: 'Svar krävs',
  },
  {
    tag: 'fi-FI',
    labels: { id: 'Kiistan tunnus', orderId: 'Tilaustunnus', merchantReference: 'Kauppiaan viite', amount: 'Summa', status: 'Tila', reason: 'Syy', paymentMethod: 'Maksutapa', networkReasonCode: 'Verkon syykoodi', createdAt: 'Luotu', dueBy: 'Vastaa viimeistään', buyerCountry: 'Ostajan maa', store: 'Kaupan tunnus (MID)' },
    words: { dispute: 'Kiista', copy: 'Kopioi', edit: 'Muokkaa', back: 'Kiistat', details: 'Tiedot' },
    open: 'Vastaus vaaditaan',
  },
  {
    tag: 'nb-NO',
    labels: { id: 'Tvist-ID', orderId: 'Ordre-ID', merchantReference: 'Forhandlerreferanse', amount: 'Beløp', status: 'Status', reason: 'Årsak', paymentMethod: 'Betalingsmetode', networkReasonCode: 'Nettverkets årsakskode', createdAt: 'Opprettet', dueBy: 'Svar innen', buyerCountry: 'Kjøpers land', store: 'Butikk-ID (MID)' },
    words: { dispute: 'Tvist', copy: 'Kopier', edit: 'Rediger', back: 'Tvister', details: 'Detaljer' },
    open: 'Svar kreves',
  },
  {
    tag: 'da-DK',
    labels: { id: 'Tvist-ID', orderId: 'Ordre-ID', merchantReference: 'Forhandlerreference', amount: 'Beløb', status: 'Status', reason: 'Årsag', paymentMethod: 'Betalingsmetode', networkReasonCode: 'Netværkets årsagskode', createdAt: 'Oprettet', dueBy: 'Svar senest', buyerCountry: 'Købers land', store: 'Butiks-ID (MID)' },
    words: { dispute: 'Tvist', copy: 'Kopiér', edit: 'Rediger', back: 'Tvister', details: 'Detaljer' },
    open: 'Svar påkrævet',
  },
];

// The dispute every page shows: opened 12 Jan 2026 10:00 and due 26 Jan 2026 23:59, Stockholm
// time (CET, UTC+1), €1,234.50, a Visa card, a Swedish buyer.
const ID = 'dp_1Qk7Lm2026';
const CREATED = '2026-01-12T09:00:00.000Z';
const DUE = '2026-01-26T22:59:00.000Z';
const EXPECTED = {
  id: ID,
  orderId: 'ORD-55012',
  merchantReference: 'INV-2026-0042',
  amount: { amountMinor: 123450, currency: 'EUR' },
  status: 'open',
  reason: 'Fraudulent',
  provider: 'card',
  network: 'visa',
  networkReasonCode: '10.4',
  createdAt: CREATED,
  dueBy: DUE,
  buyerCountry: 'SE',
  storeId: 'M-4711',
};

/** Each field's value as the page prints it in this language (amounts, dates and the country through Intl). */
function values(l: Lang): Record<Field, string> {
  return {
    id: ID,
    orderId: 'ORD-55012',
    merchantReference: 'INV-2026-0042',
    amount: new Intl.NumberFormat(l.tag, { style: 'currency', currency: 'EUR' }).format(1234.5),
    status: l.open,
    reason: 'Fraudulent',
    paymentMethod: 'Visa',
    networkReasonCode: '10.4',
    createdAt: new Intl.DateTimeFormat(l.tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: TZ }).format(new Date(CREATED)),
    dueBy: new Intl.DateTimeFormat(l.tag, { dateStyle: 'long', timeStyle: 'short', timeZone: TZ }).format(new Date(DUE)),
    buyerCountry: new Intl.DisplayNames(l.tag, { type: 'region' }).of('SE')!,
    store: 'M-4711',
  };
}

const svg = (cls = '') => `<svg xmlns="http://www.w3.org/2000/svg"${cls ? ` class="${cls}"` : ''} width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M7 10l5 5 5-5z"></path></svg>`;
/** The fields as [field, label, value] in page order. */
const rows = (l: Lang) => {
  const v = values(l);
  return FIELDS.map((f) => [f, l.labels[f], v[f]] as const);
};

// ---- Mantine v7: Breadcrumbs, a Title with a Badge, a SimpleGrid of stats (a dimmed xs Text
// label over a Text value), a CopyButton (ActionIcon with its Tooltip) beside the ID.
function mantineStats(l: Lang): string {
  const cell = ([f, label, value]: readonly [Field, string, string]) =>
    `<div class="m_6d731127 mantine-Stack-root" style="--stack-gap:4px"><p class="mantine-focus-auto m_b6d8b162 mantine-Text-root" data-size="xs" style="--text-fz:var(--mantine-font-size-xs);text-transform:uppercase;color:var(--mantine-color-dimmed)">${label}</p>` +
    (f === 'id'
      ? `<div class="m_4081bf90 mantine-Group-root" style="--group-gap:4px"><p class="m_b6d8b162 mantine-Text-root" style="font-family:var(--mantine-font-family-monospace)">${value}</p><button class="mantine-focus-auto mantine-active m_8d3f4000 mantine-ActionIcon-root m_87cf2631 mantine-UnstyledButton-root" data-variant="subtle" type="button" aria-label="${l.words.copy}">${svg('tabler-icon tabler-icon-copy')}</button></div>`
      : f === 'status'
        ? `<div><div class="m_347db0ec mantine-Badge-root" data-variant="light" data-color="orange"><span class="m_5add502a mantine-Badge-label">${value}</span></div></div>`
        : `<p class="mantine-focus-auto m_b6d8b162 mantine-Text-root" data-size="md" style="font-weight:500">${value}</p>`) +
    `</div>`;
  return (
    `<div class="m_8983817 mantine-Breadcrumbs-root"><a class="mantine-focus-auto m_849cf0da mantine-Anchor-root m_f678d540 mantine-Breadcrumbs-breadcrumb" href="/disputes">${l.words.back}</a><div class="m_3b8f2208 mantine-Breadcrumbs-separator">/</div><span class="m_f678d540 mantine-Breadcrumbs-breadcrumb">${ID}</span></div>` +
    `<div class="m_4081bf90 mantine-Group-root" style="--group-justify:space-between"><h2 class="m_8a5d1357 mantine-Title-root" data-order="2">${l.words.dispute} ${ID}</h2><button class="mantine-focus-auto mantine-active m_77c9d27d mantine-Button-root" type="button"><span class="m_80f1301b mantine-Button-inner"><span class="m_811560b9 mantine-Button-label">${l.words.edit}</span></span></button></div>` +
    `<div class="m_1b7284a3 mantine-Paper-root" data-with-border="true" style="--paper-radius:var(--mantine-radius-md)"><div class="m_2415a157 mantine-SimpleGrid-root" style="--sg-cols:3;--sg-spacing-x:var(--mantine-spacing-lg)">${rows(l).map(cell).join('')}</div></div>`
  );
}

// ---- Mantine v7 Table variant="vertical": th labels and td values in the body, a Code for the ID.
function mantineVertical(l: Lang): string {
  return (
    `<h3 class="m_8a5d1357 mantine-Title-root" data-order="3">${l.words.details}</h3>` +
    `<div class="m_a100c15 mantine-TableScrollContainer-scrollContainer"><table class="m_b23fa0ef mantine-Table-table" data-variant="vertical" data-with-table-border="true" data-layout="fixed"><tbody class="m_b2404537 mantine-Table-tbody">${rows(l)
      .map(([f, label, value]) => `<tr class="m_4e7aa4fd mantine-Table-tr"><th class="m_4e7aa4f3 mantine-Table-th" style="width:200px">${label}</th><td class="m_4e7aa4ef mantine-Table-td">${f === 'id' ? `<code class="m_b183c0a2 mantine-Code-root">${value}</code>` : value}</td></tr>`)
      .join('')}</tbody></table></div>`
  );
}

// ---- Vuetify 3: a v-card whose v-list items show the value as the title and the label as the
// subtitle below it (the contact-card pattern), each with a prepended mdi icon.
function vuetifyList(l: Lang): string {
  return (
    `<div class="v-card v-theme--light v-card--density-default v-card--variant-elevated"><div class="v-card-item"><div class="v-card-item__content"><div class="v-card-title">${l.words.dispute}</div><div class="v-card-subtitle">${ID}</div></div></div>` +
    `<div class="v-list v-theme--light v-list--density-default v-list--two-line" tabindex="0" role="listbox">${rows(l)
      .map(
        ([f, label, value]) =>
          `<div class="v-list-item v-theme--light v-list-item--density-default v-list-item--two-line rounded-0 v-list-item--variant-text" tabindex="-2" role="option" aria-selected="false"><span class="v-list-item__overlay"></span><span class="v-list-item__underlay"></span>` +
          `<div class="v-list-item__prepend"><i class="mdi-${f === 'amount' ? 'cash' : 'information-outline'} mdi v-icon notranslate v-theme--light v-icon--size-default" aria-hidden="true"></i><div class="v-list-item__spacer"></div></div>` +
          `<div class="v-list-item__content" data-no-activator=""><div class="v-list-item-title">${value}</div><div class="v-list-item-subtitle">${label}</div></div></div>`,
      )
      .join('')}</div></div>`
  );
}

// ---- Vuetify 3 read-only v-text-fields (variant="plain"): each field draws its label twice, a
// floating copy (aria-hidden) and the label proper, both for the input.
function vuetifyFields(l: Lang): string {
  return (
    `<form class="v-form" novalidate><div class="v-container"><div class="v-row">${rows(l)
      .map(
        ([, label, value], i) =>
          `<div class="v-col-md-6 v-col-12"><div class="v-input v-input--horizontal v-input--density-default v-theme--light v-locale--is-ltr v-input--readonly v-text-field"><div class="v-input__control"><div class="v-field v-field--active v-field--dirty v-field--variant-plain v-theme--light v-locale--is-ltr"><div class="v-field__overlay"></div><div class="v-field__loader"><div class="v-progress-linear v-theme--light v-locale--is-ltr" role="progressbar" aria-hidden="true" aria-valuemin="0" aria-valuemax="100"></div></div>` +
          `<div class="v-field__field" data-no-activator=""><label class="v-label v-field-label v-field-label--floating" aria-hidden="true" for="input-${i}">${label}</label><label class="v-label v-field-label" for="input-${i}">${label}</label><input size="1" type="text" id="input-${i}" readonly aria-describedby="input-${i}-messages" class="v-field__input" value="${value}"></div><div class="v-field__outline"></div></div></div>` +
          `<div class="v-input__details"><div class="v-messages" role="alert" aria-live="polite" id="input-${i}-messages"></div></div></div></div>`,
      )
      .join('')}</div></div></form>`
  );
}

// ---- Quasar read-only q-inputs: the <label> element wraps the input, the label's text after it.
function quasarInputs(l: Lang): string {
  return (
    `<div class="q-pa-md"><div class="q-gutter-md">${rows(l)
      .map(
        ([, label, value], i) =>
          `<label class="q-field row no-wrap items-start q-field--standard q-input q-field--readonly q-field--float q-field--labeled" for="f_${i}"><div class="q-field__inner relative-position col self-stretch"><div class="q-field__control relative-position row no-wrap" tabindex="-1"><div class="q-field__control-container col relative-position row no-wrap q-anchor--skip"><input class="q-field__native q-placeholder" tabindex="0" readonly id="f_${i}" type="text" value="${value}"><div class="q-field__label no-pointer-events absolute ellipsis">${label}</div></div></div></div></label>`,
      )
      .join('')}</div></div>`
  );
}

// ---- Element Plus el-descriptions: bordered (label and content td cells, two items a row) and
// not (label and content spans in one td, three items a row), a header with its title and a button.
function elDescriptions(l: Lang, bordered: boolean, vertical = false): string {
  const items = rows(l);
  const per = bordered && !vertical ? 2 : 3;
  const tag = (t: string) => `<span class="el-tag el-tag--warning el-tag--light"><span class="el-tag__content">${t}</span></span>`;
  const content = (f: Field, value: string) => (f === 'status' ? tag(value) : value);
  const trs: string[] = [];
  for (let i = 0; i < items.length; i += per) {
    // direction="vertical": a row of th labels, then a row of td contents
    if (vertical) {
      const part = items.slice(i, i + per);
      trs.push(`<tr>${part.map(([, label]) => `<th class="el-descriptions__cell el-descriptions__label${bordered ? ' is-bordered-label' : ''}" colspan="1">${label}</th>`).join('')}</tr>`);
      trs.push(`<tr>${part.map(([f, , value]) => `<td class="el-descriptions__cell el-descriptions__content${bordered ? ' is-bordered-content' : ''}" colspan="1">${content(f, value)}</td>`).join('')}</tr>`);
      continue;
    }
    trs.push(
      `<tr>${items
        .slice(i, i + per)
        .map(([f, label, value]) =>
          bordered
            ? `<td class="el-descriptions__label el-descriptions__cell is-bordered-label" colspan="1">${label}</td><td class="el-descriptions__content el-descriptions__cell is-bordered-content" colspan="1">${content(f, value)}</td>`
            : `<td class="el-descriptions__cell" colspan="1"><span class="el-descriptions__label">${label}</span><span class="el-descriptions__content">${content(f, value)}</span></td>`,
        )
        .join('')}</tr>`,
    );
  }
  return (
    `<div class="el-descriptions"><div class="el-descriptions__header"><div class="el-descriptions__title">${l.words.dispute}</div><div class="el-descriptions__extra"><button aria-disabled="false" type="button" class="el-button el-button--primary el-button--small"><span>${l.words.edit}</span></button></div></div>` +
    `<div class="el-descriptions__body"><table class="el-descriptions__table${bordered ? ' is-bordered' : ''} el-descriptions--default"><tbody>${trs.join('')}</tbody></table></div></div>`
  );
}

// ---- PrimeReact with PrimeFlex (the PrimeBlocks "description list"): a ul of li lines, each a
// label div, a value div and an Edit button with a PrimeIcons icon and its label.
function primeBlocks(l: Lang): string {
  return (
    `<div class="surface-0"><div class="font-medium text-3xl text-900 mb-3">${l.words.dispute}</div><div class="text-500 mb-5">${ID}</div><ul class="list-none p-0 m-0">${rows(l)
      .map(
        ([f, label, value], i) =>
          `<li class="flex align-items-center py-3 px-2 ${i ? 'border-top-1 ' : ''}surface-border flex-wrap"><div class="text-500 w-6 md:w-2 font-medium">${label}</div><div class="text-900 w-full md:w-8 md:flex-order-0 flex-order-1">${
            f === 'status' ? `<span class="p-tag p-component p-tag-warning" data-pc-name="tag"><span class="p-tag-value">${value}</span></span>` : value
          }</div><div class="w-6 md:w-2 flex justify-content-end"><button class="p-button p-component p-button-text" type="button" data-pc-name="button"><span class="p-button-icon p-c p-button-icon-left pi pi-pencil" data-pc-section="icon"></span><span class="p-button-label p-c" data-pc-section="label">${l.words.edit}</span></button></div></li>`,
      )
      .join('')}</ul></div>`
  );
}

// ---- Carbon: a StructuredList of two columns (its head row "Field | Value" in the page's words,
// not the portal's labels), then nothing else.
function carbonStructured(l: Lang): string {
  const head = { 'en-GB': ['Field', 'Value'], 'de-DE': ['Feld', 'Wert'], 'sv-SE': ['Fält', 'Värde'], 'fi-FI': ['Kenttä', 'Arvo'], 'nb-NO': ['Felt', 'Verdi'], 'da-DK': ['Felt', 'Værdi'] }[l.tag]!;
  return (
    `<h4 class="cds--type-heading-03">${l.words.dispute} ${ID}</h4>` +
    `<div role="table" class="cds--structured-list cds--structured-list--condensed" aria-label="${l.words.details}"><div class="cds--structured-list-thead" role="rowgroup"><div class="cds--structured-list-row cds--structured-list-row--header-row" role="row">${head
      .map((h) => `<div class="cds--structured-list-th" role="columnheader">${h}</div>`)
      .join('')}</div></div>` +
    `<div class="cds--structured-list-tbody" role="rowgroup">${rows(l)
      .map(([, label, value]) => `<div class="cds--structured-list-row" role="row"><div class="cds--structured-list-td" role="cell">${label}</div><div class="cds--structured-list-td" role="cell">${value}</div></div>`)
      .join('')}</div></div>`
  );
}

// ---- Carbon read-only TextInputs in a Grid: a label for each input, the helper text under some.
function carbonInputs(l: Lang): string {
  return (
    `<div class="cds--grid"><div class="cds--row">${rows(l)
      .map(
        ([f, label, value], i) =>
          `<div class="cds--col-lg-8"><div class="cds--form-item cds--text-input-wrapper cds--text-input-wrapper--readonly"><div class="cds--text-input__label-helper-wrapper"><label for="ti-${i}" class="cds--label">${label}</label></div><div class="cds--text-input__field-outer-wrapper"><div class="cds--text-input__field-wrapper"><input id="ti-${i}" type="text" class="cds--text-input cds--text-input--md" title="${value}" readonly value="${value}">${svg('cds--text-input__readonly-icon')}</div></div>` +
          (f === 'dueBy' ? `<div class="cds--form__helper-text">UTC+1</div>` : '') +
          `</div></div>`,
      )
      .join('')}</div></div>`
  );
}

// ---- Fluent UI React v9: Fields with a Label and a read-only underline Input, a Badge for the status.
function fluentFields(l: Lang): string {
  return (
    `<h1 class="fui-Text">${l.words.dispute}</h1><div class="fui-Card" role="group">${rows(l)
      .map(([f, label, value], i) =>
        f === 'status'
          ? `<div class="fui-Field"><label class="fui-Label fui-Field__label" id="lbl-${i}">${label}</label><div class="fui-Badge fui-Badge--tint" aria-labelledby="lbl-${i}">${value}</div></div>`
          : `<div class="fui-Field"><label class="fui-Label fui-Field__label" for="field-r${i}" id="field-r${i}__label">${label}</label><span class="fui-Input fui-Input--underline"><input class="fui-Input__input" id="field-r${i}" type="text" readonly value="${value}"></span></div>`,
      )
      .join('')}</div>`
  );
}

// ---- Fluent UI v8: a vertical Stack of Label (a <label> naming no control) and Text pairs.
function fluentStack(l: Lang): string {
  return (
    `<div class="ms-Stack"><span class="ms-Text" style="font-size:20px;font-weight:600">${l.words.dispute}</span>${rows(l)
      .map(([, label, value]) => `<div class="ms-Stack"><label class="ms-Label">${label}</label><span class="ms-Text">${value}</span></div>`)
      .join('')}</div>`
  );
}

// ---- Shopify Polaris: the Page header (back action, title, a Badge whose tone is in hidden
// words), a Card with a DescriptionList.
function polaris(l: Lang): string {
  const v = values(l);
  return (
    `<div class="Polaris-Page"><div class="Polaris-Box" style="--pc-box-padding-block-start-xs:var(--p-space-400)"><div class="Polaris-Page-Header--mobileView Polaris-Page-Header--noBreadcrumbs"><div class="Polaris-Page-Header__Row"><div class="Polaris-Page-Header__BreadcrumbWrapper"><div class="Polaris-Box"><a class="Polaris-Button Polaris-Button--iconOnly" aria-label="${l.words.back}" href="/disputes" data-polaris-unstyled="true"><span class="Polaris-Button__Icon"><span class="Polaris-Icon">${svg('Polaris-Icon__Svg')}</span></span></a></div></div>` +
    `<div class="Polaris-Page-Header__TitleWrapper"><div class="Polaris-Header-Title__TitleWithMetadataWrapper"><div class="Polaris-Header-Title"><h1 class="Polaris-Text--root Polaris-Text--headingLg Polaris-Text--bold">${ID}</h1></div><div class="Polaris-Header-Title__TitleMetadata"><span class="Polaris-Badge Polaris-Badge--toneAttention"><span class="Polaris-Text--root Polaris-Text--visuallyHidden">Attention </span><span class="Polaris-Text--root Polaris-Text--bodySm">${v.status}</span></span></div></div></div></div></div></div>` +
    `<div class="Polaris-ShadowBevel" style="--pc-shadow-bevel-z-index:32"><div class="Polaris-Box" style="--pc-box-padding-block-start-xs:var(--p-space-400)"><h2 class="Polaris-Text--root Polaris-Text--headingSm">${l.words.details}</h2><dl class="Polaris-DescriptionList">${rows(l)
      .filter(([f]) => f !== 'status')
      .map(([, label, value]) => `<dt class="Polaris-DescriptionList__Term">${label}</dt><dd class="Polaris-DescriptionList__Description">${value}</dd>`)
      .join('')}</dl></div></div></div>`
  );
}

// ---- Radix Themes DataList: label and value per item, a Code and a Copy IconButton for the ID, a Badge.
function radixDataList(l: Lang): string {
  return (
    `<h1 class="rt-Heading rt-r-size-6">${l.words.dispute}</h1><dl class="rt-DataListRoot rt-r-orientation-horizontal rt-r-size-2 rt-r-weight-regular" style="--data-list-leading-trim-start:var(--line-height-2)">${rows(l)
      .map(
        ([f, label, value]) =>
          `<div class="rt-DataListItem rt-r-ai-center"><dt class="rt-Text rt-DataListLabel" style="--data-list-label-min-width:88px">${label}</dt><dd class="rt-Text rt-DataListValue">${
            f === 'id'
              ? `<div class="rt-Flex rt-r-ai-center rt-r-gap-2"><code class="rt-reset rt-Code rt-variant-ghost">${value}</code><button data-accent-color="gray" type="button" class="rt-reset rt-BaseButton rt-r-size-1 rt-variant-ghost rt-IconButton" aria-label="${l.words.copy}">${svg()}</button></div>`
              : f === 'status'
                ? `<span data-accent-color="jade" class="rt-reset rt-Badge rt-r-size-1 rt-variant-soft rt-r-br-full">${value}</span>`
                : value
          }</dd></div>`,
      )
      .join('')}</dl>`
  );
}

// ---- Semantic UI: a definition table (the first column's cells are the labels), a header above it.
function semanticDefinition(l: Lang): string {
  return (
    `<h2 class="ui header"><i class="balance scale icon"></i><div class="content">${l.words.dispute}<div class="sub header">${ID}</div></div></h2>` +
    `<table class="ui definition table"><tbody>${rows(l)
      .map(([f, label, value]) => `<tr><td class="four wide column">${label}</td><td>${f === 'status' ? `<div class="ui orange label">${value}</div>` : value}</td></tr>`)
      .join('')}</tbody></table>`
  );
}

// ---- Quasar: a q-card with a dense q-list; each q-item's main section holds the label (overline)
// above the value, a side section a copy button for the ID.
function quasarList(l: Lang): string {
  return (
    `<div class="q-card"><div class="q-card__section q-card__section--vert"><div class="text-h6">${l.words.dispute}</div></div><hr class="q-separator q-separator--horizontal" aria-orientation="horizontal"><div class="q-list q-list--separator" role="list">${rows(l)
      .map(
        ([f, label, value]) =>
          `<div class="q-item q-item-type row no-wrap" role="listitem"><div class="q-item__section column q-item__section--main justify-center"><div class="q-item__label q-item__label--overline text-overline">${label}</div><div class="q-item__label">${value}</div></div>` +
          (f === 'id'
            ? `<div class="q-item__section column q-item__section--side justify-center"><button class="q-btn q-btn-item non-selectable no-outline q-btn--flat q-btn--round q-btn--actionable q-focusable q-hoverable q-btn--dense" tabindex="0" type="button" aria-label="${l.words.copy}"><span class="q-focus-helper"></span><span class="q-btn__content text-center col items-center q-anchor--skip justify-center row"><i class="q-icon notranslate material-icons" aria-hidden="true" role="img">content_copy</i></span></button></div>`
            : '') +
          `</div>`,
      )
      .join('')}</div></div>`
  );
}

// ---- Salesforce Lightning record page: the page header's highlights panel (four of the fields,
// label over value) and the record's details as read-only stacked form elements in a two-column form.
function lightningRecord(l: Lang): string {
  const v = values(l);
  const highlight: Field[] = ['amount', 'status', 'dueBy', 'store'];
  const items = rows(l);
  const formRows: string[] = [];
  for (let i = 0; i < items.length; i += 2) {
    formRows.push(
      `<div class="slds-form__row">${items
        .slice(i, i + 2)
        .map(
          ([, label, value]) =>
            `<div class="slds-form__item" role="listitem"><div class="slds-form-element slds-form-element_edit slds-form-element_readonly slds-form-element_stacked slds-hint-parent"><span class="slds-form-element__label">${label}</span><div class="slds-form-element__control"><div class="slds-form-element__static"><lightning-formatted-text>${value}</lightning-formatted-text></div><button class="slds-button slds-button_icon" title="${l.words.edit}: ${label}"><svg class="slds-button__icon slds-button__icon_hint" aria-hidden="true"><use xlink:href="#edit"></use></svg><span class="slds-assistive-text">${l.words.edit}: ${label}</span></button></div></div></div>`,
        )
        .join('')}</div>`,
    );
  }
  return (
    `<one-record-home-flexipage2><forcegenerated-flexipage_case_rec_l_case__view_js><records-lwc-highlights-panel>` +
    `<div class="slds-page-header slds-page-header_record-home"><div class="slds-page-header__row"><div class="slds-page-header__col-title"><div class="slds-media"><div class="slds-media__figure"><span class="slds-icon_container slds-icon-standard-case" title="${l.words.dispute}">${svg('slds-icon slds-page-header__icon')}<span class="slds-assistive-text">${l.words.dispute}</span></span></div><div class="slds-media__body"><div class="slds-page-header__name"><div class="slds-page-header__name-title"><h1><span>${l.words.dispute}</span><span class="slds-page-header__title slds-truncate" title="${ID}">${ID}</span></h1></div></div></div></div></div></div>` +
    `<div class="slds-page-header__row slds-page-header__row_gutters"><div class="slds-page-header__col-details"><ul class="slds-page-header__detail-row">${highlight
      .map((f) => `<li class="slds-page-header__detail-block"><div class="slds-text-title slds-truncate" title="${l.labels[f]}">${l.labels[f]}</div><div class="slds-truncate" title="${v[f]}">${v[f]}</div></li>`)
      .join('')}</ul></div></div></div></records-lwc-highlights-panel>` +
    `<records-record-layout-event-broker><article class="slds-card"><div class="slds-card__header slds-grid"><h2 class="slds-card__header-title"><span>${l.words.details}</span></h2></div><div class="slds-card__body slds-card__body_inner"><div class="slds-form" role="list">${formRows.join('')}</div></div></article></records-record-layout-event-broker></forcegenerated-flexipage_case_rec_l_case__view_js></one-record-home-flexipage2>`
  );
}

const KITS: [string, (l: Lang) => string][] = [
  ['Mantine stats grid (dimmed label over value, CopyButton, Badge, Breadcrumbs)', mantineStats],
  ['Mantine Table variant="vertical" (th labels in the body)', mantineVertical],
  ['Vuetify v-list (the value as the title, the label as the subtitle below it)', vuetifyList],
  ['Vuetify read-only v-text-fields (a floating aria-hidden copy of each label)', vuetifyFields],
  ['Quasar read-only q-inputs (the label element around the input, its text after it)', quasarInputs],
  ['Element Plus el-descriptions, bordered (label and content cells)', (l) => elDescriptions(l, true)],
  ['Element Plus el-descriptions, not bordered (label and content spans in one cell)', (l) => elDescriptions(l, false)],
  ['Element Plus el-descriptions, direction="vertical" (a row of th labels over a row of td contents)', (l) => elDescriptions(l, true, true)],
  ['PrimeReact/PrimeBlocks description list (label, value, Edit button per line)', primeBlocks],
  ['Carbon StructuredList of label and value rows under a "Field | Value" head', carbonStructured],
  ['Carbon read-only TextInputs with labels', carbonInputs],
  ['Fluent UI v9 Fields (read-only Inputs, a Badge labelled by its Label)', fluentFields],
  ['Fluent UI v8 Stack of Label and Text', fluentStack],
  ['Shopify Polaris page header with a badge, DescriptionList', polaris],
  ['Radix Themes DataList (Code and Copy button, Badge)', radixDataList],
  ['Semantic UI definition table', semanticDefinition],
  ['Quasar q-list (overline label above the value, copy button)', quasarList],
  ['Salesforce Lightning record page (highlights panel, read-only form elements)', lightningRecord],
];

describe('detail pages as more UI kits render them', () => {
  it.each(KITS.flatMap(([name, page]) => LANGS.map((l) => [`${name} (${l.tag})`, page, l] as const)))('%s', (_name, page, l) => {
    const r = read(page(l), l.tag, ID);
    expect(r.problems).toEqual([]);
    expect(r.page).toBe('dispute_detail');
    expect(r.disputes.map((d) => d.facts)).toEqual([EXPECTED]);
    expect(partialDisputeFactsSchema.safeParse(r.disputes[0]!.facts).success).toBe(true);
    expect(r.disputes[0]!.anchor.tagName).not.toBe('BODY');
  });
});

describe('the same pages without a lang attribute: the language from their labels', () => {
  const readNoLang = (body: string) =>
    readPortalPage(new DOMParser().parseFromString(`<!doctype html><html><head><title>Portal</title></head><body>${body}</body></html>`, 'text/html'), `https://portal.kustom.co/disputes/${ID}`, { timeZone: TZ });
  it.each(KITS.flatMap(([name, page]) => LANGS.map((l) => [`${name} (${l.tag})`, page, l] as const)))('%s', (_name, page, l) => {
    const r = readNoLang(page(l));
    expect(r.problems).toEqual([]);
    expect(r.locale).toBe(l.tag);
    expect(r.disputes.map((d) => d.facts)).toEqual([EXPECTED]);
  });
});

describe('a button beside a value', () => {
  // [what the value element holds, the fact]: an action after the value is no part of it; a
  // button that is the value (alone, or after a mark) is read
  it.each([
    ['Fraudulent <button type="button">Edit: Reason</button>', { reason: 'Fraudulent' }],
    ['<span>Fraudulent</span><button type="button"><svg aria-hidden="true"></svg><span>Edit</span></button>', { reason: 'Fraudulent' }],
    ['<button type="button">Won ▾</button>', { status: 'won' }],
    ['<span>●</span> <button type="button">Won ▾</button>', { status: 'won' }],
    ['<span>€12.50</span><button type="button">Refund</button>', { amount: { amountMinor: 1250, currency: 'EUR' } }],
  ] as const)('%s', (value, fact) => {
    const label = 'reason' in fact ? 'Reason' : 'status' in fact ? 'Status' : 'Amount';
    const r = read(`<main><dl><dt>Dispute ID</dt><dd>V-1</dd><dt>${label}</dt><dd>${value}</dd></dl></main>`, 'en-GB', 'V-1');
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual([{ id: 'V-1', ...fact }]);
  });
});
