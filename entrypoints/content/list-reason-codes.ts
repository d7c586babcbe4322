// In the content script's build only (modules/content-rules.ts), lib/rules/reason-codes.ts — the
// card networks' reason codes, 0.75 KB of the script gzipped — resolves to this: no code is known.
// The script assesses list pages only (a detail page's full assessment, with the codes, comes with
// the detail module), and a list's chips and summary never depend on a card reason's category: no
// card deadline or fee rule looks at it (test/rules/reasons.test.ts keeps it so).
import type { cardCodeReason as CardCodeReason } from '../../lib/rules/reason-codes';

export const cardCodeReason: typeof CardCodeReason = () => null;
