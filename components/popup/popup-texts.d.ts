// The popup's texts of every language, built into its script by modules/texts.ts (each a JSON text
// of the page's keys; parsed only for the language shown).
declare module 'virtual:dispute-radar/popup-texts' {
  const texts: Record<import('../../lib/i18n/locales').Locale, string>;
  export default texts;
}
