// The content script's own hosts in the reader's tests: a chip made as list-chips.ts makes it
// (hosts.ts createHost, at the slot chipSlot gives: a table row's ID cell, else the card itself, at
// its end) and registered as the manager registers it (lib/portal/own-hosts.ts OWN_HOSTS); and a
// copy of a page without them, the page as the portal drew it, which the reading must match.
import { createHost } from '../../entrypoints/content/hosts';
import { chipSlot } from '../../entrypoints/content/list-chips';
import { OWN_HOSTS } from '../../lib/portal/own-hosts';

/** Our chip for the dispute `id` in `item` (a card or a row), put where the content script puts it. */
export function putOurChip(item: Element, id: string): Element {
  const host = createHost(item.ownerDocument, 'chip', `M-1|${id}`, 'light');
  host.mount.textContent = 'Respond in 3 days · €20.00 fee';
  const slot = chipSlot(item, id);
  if (slot === item) host.el.setAttribute('data-line', '');
  slot.appendChild(host.el);
  OWN_HOSTS.add(host.el);
  return host.el;
}

/** Takes our hosts out of `copy`, a deep copy of `original` (cloneNode, importNode): node for node. */
export function dropOurHosts(original: Node, copy: Node): void {
  const a = original.ownerDocument!.createTreeWalker(original, 1);
  const b = copy.ownerDocument!.createTreeWalker(copy, 1);
  const ours: Node[] = [];
  for (let x: Node | null = a.currentNode, y: Node | null = b.currentNode; x && y; x = a.nextNode(), y = b.nextNode()) if (OWN_HOSTS.has(x)) ours.push(y);
  for (const n of ours) (n as Element).remove();
}

/** The page's markup without our hosts. */
export function pageMarkup(doc: Document): string {
  const copy = doc.documentElement.cloneNode(true) as Element;
  dropOurHosts(doc.documentElement, copy);
  return copy.outerHTML;
}
