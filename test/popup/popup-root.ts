// The element a test draws the popup (its container, with storage behind it) into: a new one per
// mount, unmounted and removed after each test.
import { afterEach } from 'vitest';
import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';

export interface PopupRoot {
  /** the element of the last mount (null before the first and after each test) */
  readonly root: HTMLElement | null;
  /** draws `node` into a new element of the document */
  mount(node: VNode): HTMLElement;
}

export function usePopupRoot(): PopupRoot {
  let root: HTMLElement | null = null;
  afterEach(() => {
    if (root) render(null, root);
    root?.remove();
    root = null;
  });
  return {
    get root() {
      return root;
    },
    mount(node) {
      if (root) render(null, root);
      root?.remove();
      const el = document.createElement('div');
      root = el;
      document.body.append(el);
      act(() => render(node, el));
      return el;
    },
  };
}
