// Evidence checklists: each provider × category × goods type × variant is merged from the rows of
// data/evidence-checklists.ts once, when first asked for, into frozen arrays shared by every
// caller. A lookup is four Map.get calls — it runs for every assessment (100,000 in the benchmark).
import type {
  ChecklistOptions,
  EvidenceItem,
  EvidenceLevel,
  GoodsType,
  Network,
  Provider,
  ReasonCategory,
} from './types';
import { EVIDENCE_ITEMS, type EvidenceItemId } from './data/evidence-items';
import {
  CHECKLIST_ROWS,
  CHECKLIST_VARIANTS,
  type ChecklistCategory,
  type ChecklistRow,
  type ChecklistVariant,
} from './data/evidence-checklists';
import { GOODS_TYPES, NAMED_NETWORKS, PROVIDERS, REASON_CATEGORIES } from './values';

const CATEGORIES: readonly ChecklistCategory[] = [...REASON_CATEGORIES, 'unknown'];
const GOODS: readonly GoodsType[] = GOODS_TYPES;
const NO_VARIANT = '';
const EMPTY: readonly EvidenceItem[] = Object.freeze([]);

/** i18n key of an evidence item's text. */
export function evidenceTextKey(id: string, part: 'title' | 'explanation' | 'acceptance'): string {
  return `evidence.${id}.${part}`;
}

// One frozen object per (id, level, source): lists share them.
const itemCache = new Map<string, EvidenceItem>();
function item(id: EvidenceItemId, level: EvidenceLevel, source: string): EvidenceItem {
  const key = `${id}|${level}|${source}`;
  let found = itemCache.get(key);
  if (!found) {
    const def: { stripeField?: string } = EVIDENCE_ITEMS[id];
    found = Object.freeze({
      id,
      level,
      titleKey: evidenceTextKey(id, 'title'),
      explanationKey: evidenceTextKey(id, 'explanation'),
      acceptanceKey: evidenceTextKey(id, 'acceptance'),
      ...(def.stripeField ? { stripeField: def.stripeField } : {}),
      source,
    });
    itemCache.set(key, found);
  }
  return found;
}

function applies(row: ChecklistRow, category: ChecklistCategory, goods: GoodsType, variant: string): boolean {
  return (
    (row.variant === undefined || row.variant === variant) &&
    (row.categories === 'all' || row.categories.includes(category)) &&
    (row.goods === 'all' || row.goods.includes(goods))
  );
}

interface Entry {
  level: EvidenceLevel;
  source: string;
}

/** Rows in table order; an item keeps its first position and the strongest level (with its row's source). */
function merge(entries: readonly [EvidenceItemId, Entry][]): readonly EvidenceItem[] {
  const merged = new Map<EvidenceItemId, Entry>();
  for (const [id, entry] of entries) {
    const seen = merged.get(id);
    if (!seen || (seen.level === 'recommended' && entry.level === 'required')) merged.set(id, entry);
  }
  // Required first, each group in table order (Map keeps first-insertion order).
  const list: EvidenceItem[] = [];
  for (const [id, e] of merged) if (e.level === 'required') list.push(item(id, e.level, e.source));
  for (const [id, e] of merged) if (e.level !== 'required') list.push(item(id, e.level, e.source));
  return Object.freeze(list);
}

/** each provider's rows, in table order */
const ROWS_BY_PROVIDER = new Map<string, ChecklistRow[]>();
for (const row of CHECKLIST_ROWS) {
  let rows = ROWS_BY_PROVIDER.get(row.provider);
  if (rows === undefined) ROWS_BY_PROVIDER.set(row.provider, (rows = []));
  rows.push(row);
}

/** the items of the rows that apply, in table order (a plain array: lists are built in a page's first pass) */
function rowEntries(provider: Provider, category: ChecklistCategory, goods: GoodsType, variant: string): [EvidenceItemId, Entry][] {
  const out: [EvidenceItemId, Entry][] = [];
  for (const row of ROWS_BY_PROVIDER.get(provider) ?? []) {
    if (!applies(row, category, goods, variant)) continue;
    if (row.required) for (const id of row.required) out.push([id, { level: 'required', source: row.source }]);
    if (row.recommended) for (const id of row.recommended) out.push([id, { level: 'recommended', source: row.source }]);
  }
  return out;
}

/**
 * Goods type unknown: every goods type's items, required only where all three require it —
 * a merchant who has not said what they sell sees what each kind of goods would need.
 */
function mergeAcrossGoods(lists: readonly (readonly EvidenceItem[])[]): readonly EvidenceItem[] {
  // how many lists require each item (an item appears at most once per list)
  const required = new Map<string, number>();
  for (const list of lists) for (const it of list) if (it.level === 'required') required.set(it.id, (required.get(it.id) ?? 0) + 1);
  const entries: [EvidenceItemId, Entry][] = [];
  for (const list of lists) {
    for (const it of list) {
      const everywhere = required.get(it.id) === lists.length;
      entries.push([it.id as EvidenceItemId, { level: everywhere ? 'required' : 'recommended', source: it.source }]);
    }
  }
  return merge(entries);
}

// provider → variant → category → goods type (null: unknown) → the frozen list. Nested Maps keyed
// by the callers' own (interned) strings: a lookup is four Map.get calls, no string building.
// Filled on first need, one (provider, variant, category) at a time: building all of them when the
// module loads cost the content script and the popup ~3 ms in a fresh page, for lists most pages
// never ask for.
type ByGoods = Map<GoodsType | null, readonly EvidenceItem[]>;
type ByCategory = Map<ChecklistCategory, ByGoods>;
const TABLE = new Map<Provider, Map<string, ByCategory>>();
const variantsByProvider = new Map<Provider, ChecklistVariant[]>();
for (const provider of PROVIDERS) {
  variantsByProvider.set(
    provider,
    CHECKLIST_VARIANTS.filter((v) => v.provider === provider),
  );
}
const KNOWN_CATEGORIES: ReadonlySet<string> = new Set(CATEGORIES);

function buildByGoods(provider: Provider, category: ChecklistCategory, variant: string): ByGoods {
  const byGoods: ByGoods = new Map();
  const perGoods = GOODS.map((goods) => {
    const list = merge(rowEntries(provider, category, goods, variant));
    byGoods.set(goods, list);
    return list;
  });
  byGoods.set(null, mergeAcrossGoods(perGoods));
  return byGoods;
}

function byGoodsFor(provider: Provider, variant: string, category: ChecklistCategory): ByGoods {
  let byVariant = TABLE.get(provider);
  if (byVariant === undefined) TABLE.set(provider, (byVariant = new Map()));
  let byCategory = byVariant.get(variant);
  if (byCategory === undefined) byVariant.set(variant, (byCategory = new Map()));
  let byGoods = byCategory.get(category);
  if (byGoods === undefined) byCategory.set(category, (byGoods = buildByGoods(provider, category, variant)));
  return byGoods;
}

const CODE = /\d+(?:\.\d+)*/;

/** "10.4", "Visa 10.4", "10.4 Other Fraud – Card-Absent" → "10.4"; anything else → null. */
export function reasonCode(reason: string | undefined): string | null {
  if (!reason) return null;
  const match = CODE.exec(reason);
  return match ? match[0] : null;
}

const NETWORK_NAME = new RegExp(`\\b(${NAMED_NETWORKS})\\b`, 'i');

/**
 * The card network: as given, else as the reason names it ("Visa 10.4" read from a page that has
 * no separate network field). Never guessed from the code alone: codes repeat across networks.
 */
export function networkOf(network: Network | undefined, reason: string | undefined): Network | undefined {
  if (network !== undefined || !reason) return network;
  const match = NETWORK_NAME.exec(reason);
  return match ? (match[1]!.toLowerCase() as Network) : undefined;
}

export interface CardReason {
  network: Network | undefined;
  code: string | null;
}

/**
 * A card dispute's network and reason code, for the checklist's variant and the advice alike: the
 * network as given, else as the reason or the code shown beside it names it ("Visa 10.4"); the code
 * as shown under its own label ("Network reason code": DisputeFacts.networkReasonCode), else in the
 * reason.
 */
export function cardReason(d: { network?: Network; reason?: string; networkReasonCode?: string }): CardReason {
  return { network: networkOf(networkOf(d.network, d.reason), d.networkReasonCode), code: reasonCode(d.networkReasonCode ?? d.reason) };
}

function variantFor(provider: Provider, opts: ChecklistOptions | undefined): string {
  if (!opts?.reason && !opts?.networkReasonCode) return NO_VARIANT;
  const variants = variantsByProvider.get(provider);
  if (!variants || variants.length === 0) return NO_VARIANT;
  const { network, code } = cardReason(opts);
  if (!network || !variants.some((v) => v.network === network)) return NO_VARIANT;
  if (code === null) return NO_VARIANT;
  for (const v of variants) if (v.network === network && v.reasonCodes.includes(code)) return v.id;
  return NO_VARIANT;
}

/**
 * The evidence to gather for a dispute. A category no table knows (`null`, or anything unexpected)
 * gives the provider's generic list ('unknown' rows, see data/evidence-checklists.ts); an unknown
 * goods type gives the union over goods types. Never throws; an unknown provider gives [].
 */
export function evidenceChecklist(
  provider: Provider,
  category: ReasonCategory | null,
  goods: GoodsType | null,
  opts?: ChecklistOptions,
): readonly EvidenceItem[] {
  if (!variantsByProvider.has(provider)) return EMPTY; // a provider we do not know
  // A category we do not know (null or unexpected) → the generic list; a goods type we do not know → null.
  const known: ChecklistCategory = category !== null && KNOWN_CATEGORIES.has(category) ? category : 'unknown';
  const byGoods = byGoodsFor(provider, variantFor(provider, opts), known);
  return byGoods.get(goods) ?? byGoods.get(null)!;
}
