import { describe, expect, it } from 'vitest';
import { evidenceChecklist, reasonCode } from '../../lib/rules/evidence';
import { EVIDENCE_ITEMS } from '../../lib/rules/data/evidence-items';
import { CHECKLIST_ROWS, CHECKLIST_VARIANTS } from '../../lib/rules/data/evidence-checklists';
import { EVIDENCE_SOURCES } from '../../lib/rules/data/evidence-sources';
import { CATALOG, LOCALES } from '../../lib/i18n';
import type { GoodsType, Provider, ReasonCategory } from '../../lib/rules/types';
import { GOODS_TYPES, PROVIDERS, REASON_CATEGORIES } from '../../lib/rules/values';

// Every combination the checklist table can be asked for (the expected items below are written
// out from the sources, not from the table under test).
const CATEGORIES: (ReasonCategory | null)[] = [...REASON_CATEGORIES, null];
const GOODS: GoodsType[] = [...GOODS_TYPES];
const CORE = ['order.customer_name', 'order.receipt'];

type PerGoods = Record<GoodsType, string[]>;
const same = (ids: string[]): PerGoods => ({ physical: ids, digital: ids, service: ids });

// The required items each combination must yield, written out from the sources (research §1.4,
// §3.1, §3.5, seed 001, seed 002) rather than derived from the data table under test.
const CARD_DELIVERY_PHYSICAL = [
  'card.shipping_address',
  'card.shipping_documentation',
  'card.shipping_tracking_number',
  'card.shipping_date',
  'pod.delivery_date',
  'pod.recipient_name',
];
const DIGITAL_POD = ['pod.digital_delivery_record', 'pod.digital_recipient_match'];
const CARD_FRAUD: PerGoods = {
  physical: CARD_DELIVERY_PHYSICAL,
  digital: ['card.customer_purchase_ip', 'card.customer_email_address', ...DIGITAL_POD],
  service: ['card.service_date', 'card.service_documentation'],
};
const KLARNA_FRAUD: PerGoods = {
  physical: ['klarna.pod_attachment', 'pod.tracking_id', 'pod.delivery_address', 'pod.delivery_date', 'pod.recipient_name'],
  digital: DIGITAL_POD,
  service: ['order.service_proof'],
};
const BILLIE_FRAUD: PerGoods = {
  // (review 28: the tracking ID and the delivery's details, as for goods not received)
  physical: ['billie.purchase_proof', 'billie.proof_of_delivery', 'billie.tracking_and_shipping_date', 'pod.delivery_date', 'pod.delivery_address', 'pod.recipient_name'],
  digital: ['billie.digital_purchase_proof', 'pod.digital_delivery_record'],
  service: ['billie.purchase_proof', 'billie.proof_of_delivery'],
};

const EXPECTED_REQUIRED: Record<Provider, Record<ReasonCategory | 'null', PerGoods>> = {
  card: {
    credit_not_processed: same(['card.refund_policy', 'card.refund_refusal_explanation']),
    duplicate: same(['card.duplicate_charge_id', 'card.duplicate_charge_documentation', 'card.duplicate_charge_explanation']),
    fraudulent: CARD_FRAUD,
    unrecognized: CARD_FRAUD,
    general: same([]),
    noncompliant: same(['card.compliance_fee_acknowledgement']),
    product_not_received: {
      physical: CARD_DELIVERY_PHYSICAL,
      digital: DIGITAL_POD,
      service: ['card.service_date', 'card.service_documentation'],
    },
    product_unacceptable: same(['card.product_description']),
    subscription_canceled: same(['card.cancellation_policy', 'card.cancellation_rebuttal']),
    null: same([]),
  },
  klarna: {
    credit_not_processed: same(['klarna.return_evidence', 'klarna.refund_explanation']),
    duplicate: same(['order.payment_records']),
    fraudulent: KLARNA_FRAUD,
    unrecognized: KLARNA_FRAUD,
    general: same(['klarna.invoice_documentation']),
    noncompliant: same([]),
    product_not_received: {
      physical: [
        'klarna.pod_attachment',
        'klarna.shipping_info',
        'pod.tracking_id',
        'pod.delivery_date',
        'pod.delivery_address',
        'pod.recipient_name',
      ],
      digital: DIGITAL_POD,
      service: ['order.service_proof'],
    },
    product_unacceptable: same(['klarna.faulty_goods_resolution', 'klarna.return_refund_status']),
    subscription_canceled: same([]),
    null: same([]),
  },
  billie: {
    credit_not_processed: same(['billie.refund_confirmation']),
    duplicate: same(['order.payment_records']),
    fraudulent: BILLIE_FRAUD,
    unrecognized: BILLIE_FRAUD,
    general: same(['billie.proof_of_delivery']),
    noncompliant: same([]),
    product_not_received: {
      physical: [
        'billie.tracking_and_shipping_date',
        'billie.proof_of_delivery',
        'pod.delivery_date',
        'pod.delivery_address',
        'pod.recipient_name',
      ],
      digital: ['billie.digital_purchase_proof', 'pod.digital_delivery_record'],
      service: ['billie.proof_of_delivery'],
    },
    product_unacceptable: same(['billie.proof_of_delivery']),
    subscription_canceled: same([]),
    null: same([]),
  },
};

const combos = PROVIDERS.flatMap((provider) =>
  CATEGORIES.flatMap((category) => GOODS.map((goods) => [provider, category, goods] as const)),
);

const required = (list: readonly { id: string; level: string }[]) =>
  list.filter((i) => i.level === 'required').map((i) => i.id).sort();

describe('evidenceChecklist: required items per provider × category × goods', () => {
  it.each(combos)('%s / %s / %s', (provider, category, goods) => {
    const expected = [...CORE, ...EXPECTED_REQUIRED[provider][category ?? 'null'][goods]].sort();
    expect(required(evidenceChecklist(provider, category, goods))).toEqual(expected);
  });
});

describe('evidenceChecklist: shape of every list', () => {
  const allLists = PROVIDERS.flatMap((provider) =>
    CATEGORIES.flatMap((category) =>
      [...GOODS, null].map((goods) => [`${provider}/${category}/${goods}`, evidenceChecklist(provider, category, goods)] as const),
    ),
  );

  it.each(allLists)('%s: ids unique, required before recommended, known sources, frozen', (_name, list) => {
    expect(list.length).toBeGreaterThan(0);
    expect(new Set(list.map((i) => i.id)).size).toBe(list.length);
    const firstRecommended = list.findIndex((i) => i.level === 'recommended');
    if (firstRecommended >= 0) expect(list.slice(firstRecommended).every((i) => i.level === 'recommended')).toBe(true);
    for (const item of list) {
      expect(EVIDENCE_SOURCES[item.source], `${item.id} → ${item.source}`).toBeDefined();
      expect(item.titleKey).toBe(`evidence.${item.id}.title`);
      expect(Object.isFrozen(item)).toBe(true);
    }
    expect(Object.isFrozen(list)).toBe(true);
  });

  it('returns the same shared array on every call (a lookup, not a build)', () => {
    expect(evidenceChecklist('klarna', 'product_not_received', 'physical')).toBe(
      evidenceChecklist('klarna', 'product_not_received', 'physical'),
    );
    expect(evidenceChecklist('card', 'fraudulent', 'digital', { network: 'visa', reason: '10.4' })).toBe(
      evidenceChecklist('card', 'fraudulent', 'digital', { network: 'visa', reason: 'Visa 10.4' }),
    );
  });

  it('physical proof of delivery keeps the seed-002 acceptance rules on its items', () => {
    const list = evidenceChecklist('klarna', 'product_not_received', 'physical');
    const ids = list.map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining(['pod.delivery_date', 'pod.delivery_address', 'pod.recipient_name', 'pod.tracking_id']));
    expect(CATALOG.en['evidence.pod.delivery_date.acceptance']).toContain('YYYY-MM-DD');
    expect(CATALOG.en['evidence.pod.delivery_address.acceptance']).toContain('approved at checkout');
    expect(CATALOG.en['evidence.pod.tracking_id.acceptance']).toMatch(/final delivery/);
    expect(CATALOG.en['evidence.klarna.pod_attachment.explanation']).toMatch(/tracking link is not enough/);
    expect(CATALOG.en['evidence.pod.gift_card_value.acceptance']).toMatch(/value/);
  });
});

describe('evidenceChecklist: unknown goods type', () => {
  it.each(PROVIDERS.flatMap((p) => CATEGORIES.map((c) => [p, c] as const)))(
    '%s / %s: every goods type’s items, required only where all three require them',
    (provider, category) => {
      const perGoods = GOODS.map((g) => evidenceChecklist(provider, category, g));
      const union = new Set(perGoods.flatMap((list) => list.map((i) => i.id)));
      const requiredEverywhere = [...union]
        .filter((id) => perGoods.every((list) => list.some((i) => i.id === id && i.level === 'required')))
        .sort();
      const list = evidenceChecklist(provider, category, null);
      expect(new Set(list.map((i) => i.id))).toEqual(union);
      expect(required(list)).toEqual(requiredEverywhere);
    },
  );
});

describe('evidenceChecklist: Visa Compelling Evidence 3.0 (Visa 10.4)', () => {
  const CE3 = ['ce3.prior_transactions', 'ce3.matching_identifiers', 'ce3.disputed_transaction_description'];

  it.each([
    ['10.4', 'physical'],
    ['Visa 10.4', 'digital'],
    ['10.4 Other Fraud – Card-Absent Environment', 'service'],
    ['10.4', null],
  ] as const)('visa %s (%s) adds the CE 3.0 items as required', (reason, goods) => {
    const list = evidenceChecklist('card', 'fraudulent', goods, { network: 'visa', reason });
    for (const id of CE3) expect(list.find((i) => i.id === id)?.level, id).toBe('required');
    expect(list.find((i) => i.id === 'ce3.prior_transactions')?.source).toBe('stripe.visa_ce3');
  });

  it.each([
    ['mastercard', '10.4'],
    ['visa', '10.3'],
    ['visa', '10.5'],
    ['visa', '110.4'],
    ['visa', undefined],
    [undefined, '10.4'],
  ] as const)('no CE 3.0 items for %s %s', (network, reason) => {
    const list = evidenceChecklist('card', 'fraudulent', 'physical', { network, reason });
    expect(list.some((i) => i.id.startsWith('ce3.'))).toBe(false);
  });

  it.each(['Visa 10.4', 'VISA 10.4 Other Fraud – Card-Absent Environment'])('network named in the reason "%s" counts when no network is given', (reason) => {
    expect(evidenceChecklist('card', 'fraudulent', 'physical', { reason }).some((i) => i.id === 'ce3.prior_transactions')).toBe(true);
  });

  it('a network given explicitly wins over the one the reason names', () => {
    expect(evidenceChecklist('card', 'fraudulent', 'physical', { network: 'mastercard', reason: 'Visa 10.4' }).some((i) => i.id.startsWith('ce3.'))).toBe(false);
  });

  it('only card disputes get CE 3.0', () => {
    expect(evidenceChecklist('klarna', 'fraudulent', 'physical', { network: 'visa', reason: '10.4' }).some((i) => i.id.startsWith('ce3.'))).toBe(false);
  });

  it.each([
    ['10.4', '10.4'],
    ['Visa 10.4', '10.4'],
    ['12.6.1 Duplicate processing', '12.6.1'],
    ['4837', '4837'],
    ['Return', null],
    ['', null],
    [undefined, null],
  ] as const)('reasonCode(%s) → %s', (reason, code) => expect(reasonCode(reason)).toBe(code));
});

describe('evidenceChecklist: unknown inputs', () => {
  it('an unknown category gives the generic list of the provider (the null list)', () => {
    const bogus = evidenceChecklist('card', 'not_a_category' as ReasonCategory, 'physical');
    expect(bogus).toBe(evidenceChecklist('card', null, 'physical'));
    expect(required(bogus)).toEqual([...CORE].sort());
  });
  it('an unknown goods type falls back to the list for unknown goods', () => {
    expect(evidenceChecklist('klarna', 'duplicate', 'food' as GoodsType)).toBe(evidenceChecklist('klarna', 'duplicate', null));
  });
  it('an unknown provider gives an empty list without throwing', () => {
    expect(evidenceChecklist('paypal' as Provider, 'duplicate', 'physical')).toEqual([]);
  });
  it('odd options do not throw', () => {
    expect(() => evidenceChecklist('card', 'fraudulent', 'physical', { network: 'other', reason: '???' })).not.toThrow();
    expect(() => evidenceChecklist('card', null, null, {})).not.toThrow();
  });
});

describe('evidence data', () => {
  const usedIds = new Set(
    PROVIDERS.flatMap((p) =>
      CATEGORIES.flatMap((c) =>
        [...GOODS, null].flatMap((g) => [
          ...evidenceChecklist(p, c, g).map((i) => i.id),
          ...evidenceChecklist(p, c, g, { network: 'visa', reason: '10.4' }).map((i) => i.id),
        ]),
      ),
    ),
  );

  it.each(Object.keys(EVIDENCE_ITEMS))('%s appears in some checklist and has real text in all six languages', (id) => {
    expect(usedIds.has(id)).toBe(true);
    for (const part of ['title', 'explanation', 'acceptance']) {
      const key = `evidence.${id}.${part}`;
      for (const locale of LOCALES) expect(CATALOG[locale][key]?.trim(), `${locale}:${key}`).toBeTruthy();
      // A translation, not an English copy.
      for (const locale of LOCALES.filter((l) => l !== 'en')) expect(CATALOG[locale][key], `${locale}:${key}`).not.toBe(CATALOG.en[key]);
    }
    for (const locale of LOCALES) expect(CATALOG[locale][`evidence.${id}.title`]!.length, locale).toBeLessThanOrEqual(60);
  });

  it('every text in the evidence area belongs to an item', () => {
    const keys = Object.keys(CATALOG.en).filter((k) => k.startsWith('evidence.'));
    const ids = new Set(keys.map((k) => k.replace(/^evidence\./, '').replace(/\.(title|explanation|acceptance)$/, '')));
    expect([...ids].sort()).toEqual(Object.keys(EVIDENCE_ITEMS).sort());
  });

  it.each(CHECKLIST_ROWS.map((row) => [row.id, row] as const))('row %s names a known source and effective dates', (_id, row) => {
    expect(EVIDENCE_SOURCES[row.source]).toBeDefined();
    expect(row.effective).toBeDefined();
    if (row.variant) expect(CHECKLIST_VARIANTS.some((v) => v.id === row.variant)).toBe(true);
    expect((row.required?.length ?? 0) + (row.recommended?.length ?? 0)).toBeGreaterThan(0);
  });

  it('row ids are unique', () => {
    expect(new Set(CHECKLIST_ROWS.map((r) => r.id)).size).toBe(CHECKLIST_ROWS.length);
  });

  // Field names of Stripe's dispute evidence (stripe@23.1.0 Disputes.d.ts, research §1.1).
  const STRIPE_FIELDS = new Set([
    'access_activity_log', 'billing_address', 'cancellation_policy', 'cancellation_policy_disclosure',
    'cancellation_rebuttal', 'customer_communication', 'customer_email_address', 'customer_name',
    'customer_purchase_ip', 'customer_signature', 'duplicate_charge_documentation',
    'duplicate_charge_explanation', 'duplicate_charge_id', 'product_description', 'receipt', 'refund_policy',
    'refund_policy_disclosure', 'refund_refusal_explanation', 'service_date', 'service_documentation',
    'shipping_address', 'shipping_carrier', 'shipping_date', 'shipping_documentation',
    'shipping_tracking_number', 'uncategorized_file', 'uncategorized_text',
  ]);
  it.each(Object.entries(EVIDENCE_ITEMS))('%s names a real Stripe evidence field', (_id, def) => {
    const field: string | undefined = (def as { stripeField?: string }).stripeField;
    if (field === undefined) return;
    expect(STRIPE_FIELDS.has(field) || field.startsWith('enhanced_evidence.'), field).toBe(true);
  });

  it('every source has a title and an https URL', () => {
    for (const [id, source] of Object.entries(EVIDENCE_SOURCES)) {
      expect(source.id).toBe(id);
      expect(source.title.length).toBeGreaterThan(0);
      expect(source.url).toMatch(/^https:\/\//);
    }
  });
});
