// Where the case store keeps what it keeps (storage.local). Apart from ./read.ts, whose items
// (@wxt-dev/storage reads an item's whole value when it is defined) the background must not load.
export const STORAGE_KEYS = {
  /** Record<caseKey, TrackedCase> as one JSON text (format 3; an object in older formats): see ./stored-form.ts */
  cases: 'local:cases',
  /** Settings */
  settings: 'local:settings',
  /** QuarantineEntry[]: stored values that did not parse, kept for a person to look at */
  quarantine: 'local:quarantine',
  /** Record<notification id, ISO instant sent>: see lib/cases/notifications.ts */
  sentNotifications: 'local:sentNotifications',
  /** string[]: the settings put back to their defaults (./settings-salvage.ts resetFields), until the options page has named them */
  settingsReset: 'local:settingsReset',
} as const;
