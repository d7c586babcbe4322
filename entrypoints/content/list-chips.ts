// List page: a chip beside every dispute, keyed by store + dispute id. A row the portal re-renders
// in place gets a new chip in the new row; a row that is gone loses its chip.
import { t } from '../../lib/i18n';
import { renderChip } from '../../components/dispute-chip';
import { chipModel } from '../../components/view-model';
import type { Annotation, AnnotationEnv, PageModel } from './annotation';
import { createHost, removeHost, setScheme, type Host } from './hosts';

interface Entry {
  host: Host;
  anchor: Element;
  /** what was rendered last, so an unchanged chip is not rendered again */
  signature: string;
}

/**
 * Where a chip goes: beside the dispute's ID. In a table row (which may hold only cells) that is
 * the cell showing the ID, else the first cell; in a card or list item, the element itself. (A row
 * the reader read through column headers, of any markup, names its ID cell itself: view.cell.)
 */
export function chipSlot(anchor: Element, disputeId: string): Element {
  if (anchor.localName !== 'tr') return anchor;
  // Cell by cell, stopping at the ID (usually the first cell): every cell touched is one more DOM
  // wrapper made in the content script's world, 500 rows × every cell when all were listed first.
  let first: Element | null = null;
  for (let cell = anchor.firstElementChild; cell; cell = cell.nextElementSibling) {
    if (cell.localName !== 'td' && cell.localName !== 'th') continue;
    first ??= cell;
    if (cell.textContent.includes(disputeId)) return cell;
  }
  return first ?? anchor;
}

export function createListChips(): Annotation {
  const entries = new Map<string, Entry>();

  function remove(key: string): void {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    removeHost(entry.host);
  }

  return {
    name: 'list-chips',
    update(model: PageModel, env: AnnotationEnv) {
      const wanted = model.reading.page === 'dispute_list' ? model.views : [];
      const seen = new Set<string>();
      const mark = t(model.vc.locale, 'content.estimate.mark');
      for (const view of wanted) {
        // The same dispute twice on one page (a portal bug or a duplicated row): one chip, first row.
        if (seen.has(view.key)) continue;
        seen.add(view.key);
        try {
          let entry = entries.get(view.key);
          // Same row and the chip still in it: keep it (finding the slot again costs a text scan).
          if (entry && (entry.anchor !== view.anchor || !entry.host.el.isConnected || !view.anchor.contains(entry.host.el))) {
            remove(view.key);
            entry = undefined;
          }
          const chip = chipModel(view, model.vc);
          // (the label says the text, the fee and the estimate: test/i18n keeps {text} in every language)
          const signature = `${chip.urgency}|${chip.label}`;
          if (!entry) {
            // Drawn while detached, then inserted once: one style invalidation per chip, not one per attribute.
            const host = createHost(model.doc, 'chip', view.key, model.vc.scheme);
            renderChip(host.mount, chip, mark);
            const slot = view.cell ?? chipSlot(view.anchor, view.facts.id);
            // At the end of a card or list item, after its own lines: a line of its own, where a
            // chip wider than the screen may wrap (annotation-css); in a table cell it does not.
            if (slot === view.anchor) host.el.setAttribute('data-line', '');
            slot.appendChild(host.el);
            entries.set(view.key, { host, anchor: view.anchor, signature });
            continue;
          }
          setScheme(entry.host, model.vc.scheme);
          if (signature !== entry.signature) {
            renderChip(entry.host.mount, chip, mark);
            entry.signature = signature;
          }
        } catch (error) {
          env.report('list-chips', error);
        }
      }
      // (a Map's iteration goes on past an entry deleted during it)
      for (const key of entries.keys()) if (!seen.has(key)) remove(key);
    },
    clear() {
      for (const key of entries.keys()) remove(key);
    },
    hosts() {
      return [...entries.values()].map((e) => e.host);
    },
  };
}
