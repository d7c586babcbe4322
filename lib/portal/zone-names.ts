// Zone names in dates ("2 Feb 2026, 23:59 CET", "… Mitteleuropäische Normalzeit", "(UTC+01:00)
// Amsterdam, Berlin", "CET/CEST"): the tables of the names this runtime's Intl prints for zones,
// learnt when a date first names one, and what a name says (its offset, its zone). date.ts asks.
//
// In the content script's build this module is the one in content-rules/detail.js, loaded on
// demand (modules/content-rules.ts, entrypoints/content/detail-rules.ts): the portal writes its
// dates without a zone's name, and a page whose dates name one is read again once it is in.
import { zone, zoneOffset } from '../rules/time';
import { memo } from './text';
import { KNOWN_PAGE_LOCALES } from './vocabulary';

let zoneNames: Map<string, number> | null = null;
/**
 * Of those names, a standard time's of a zone with summer time ("CET", "MEZ", "EET", "EST"): that
 * zone. Pages write "CET" all year: a date in the zone's summer time so named is read by the zone's
 * rules, the earlier instant, a deadline never later than the page can mean.
 */
const standardTimes = new Map<string, string>();
/**
 * Zone names Intl prints with timeStyle long/full ("CEST", "MESZ", "Central European Summer Time"):
 * one zone of each set Intl names alike in every page locale (Berlin, Oslo, Copenhagen, Paris and
 * the other zones of Central European time print Stockholm's names, Athens, Bucharest and Sofia
 * Helsinki's, Toronto New York's, in Node's and Chromium's ICU: test/portal/intl-learning).
 */
const NAMED_ZONES = [
  'UTC', 'Europe/London', 'Europe/Dublin', 'Europe/Lisbon', 'Europe/Stockholm', 'Europe/Helsinki', 'America/New_York',
  'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'Australia/Sydney', 'Pacific/Auckland',
];
/**
 * The names Intl gives a zone's time all year, with no standard or summer in them ("Central European
 * Time", "Mitteleuropäische Zeit", "Keski-Euroopan aika"; timeZoneName longGeneric): that zone, read
 * by its rules. (Hyphens are spaces in these names and the others, as a label's unit has none.)
 */
const genericZones = new Map<string, string>();
/** a zone's offsets in January and July */
const seasons = (tz: string) => [0, 6].map((month) => zoneOffset(Date.UTC(2025, month, 15, 12), tz));
function zoneNameOffsets(): Map<string, number> {
  return (zoneNames ??= learnNames(NAMED_ZONES, KNOWN_PAGE_LOCALES, ['short', 'long', 'longGeneric']));
}
/**
 * The names Intl prints for `zones` in `locales`, in January and July, with each timeZoneName of
 * `styles` (longGeneric in January only): each one's offset; a standard time's zone into
 * standardTimes, a name for all year's into genericZones (the first zone's of each).
 */
function learnNames(zones: readonly string[], locales: readonly string[], styles: readonly ('short' | 'long' | 'longGeneric')[]): Map<string, number> {
  const names = new Map<string, number>();
  for (const tz of zones) {
    const summer = Math.max(...seasons(tz));
    for (const month of [0, 6]) {
      const at = Date.UTC(2025, month, 15, 12);
      const offset = zoneOffset(at, tz);
      for (const locale of locales) {
        for (const timeZoneName of styles) {
          if (month && timeZoneName === 'longGeneric') continue;
          const name = new Intl.DateTimeFormat(locale, { timeZone: tz, timeZoneName })
            .formatToParts(at)
            .find((p) => p.type === 'timeZoneName')
            ?.value.toLowerCase()
            .replace(/-/g, ' ');
          if (!name) continue;
          if (timeZoneName === 'longGeneric') {
            if (!genericZones.has(name)) genericZones.set(name, tz);
            continue;
          }
          if (offset < summer && !standardTimes.has(name)) standardTimes.set(name, tz);
          const known = names.get(name);
          // A name two offsets share is ambiguous: NaN, reported rather than guessed.
          names.set(name, known === undefined || known === offset ? offset : NaN);
        }
      }
    }
  }
  return names;
}
/**
 * A text shaped as a zone's long name Intl prints in the six languages: a word ending in time,
 * zeit, tid or aika ("Moscow Standard Time", "Indische Normalzeit", "Moskva, normaltid", "Intian
 * aika"), Norwegian's "tidssone for …" or Finnish's "aikavyöhyke: …", and no digit or underscore:
 * no date's text, nor an icon's ligature ("timer", "access_time").
 */
export const LONG_NAME = /^[^\d_]*(?:(?:time|zeit|tid|aika)(?!\p{L})|tidssone|aikavyöhyke)[^\d_]*$/iu;
/**
 * The long names Intl prints for every zone in the page's language (all six where it is not known),
 * as the table above holds NAMED_ZONES' ("Moscow Standard Time", "indisk tid", "normaltid for
 * Moskva"): learnt only for a text after a date shaped as one that neither table above holds (two
 * formatters and a zone's offsets for each of some 420 zones: 130 ms in Node), never on an
 * ordinary page (test/portal/zone-words).
 */
const otherZoneNames = memo((_, locale) => learnNames(Intl.supportedValuesOf('timeZone'), locale ? [locale] : KNOWN_PAGE_LOCALES, ['long']));

/**
 * The zone of the first of `names` whose standard offset (the smaller of January's and July's) is
 * `offset`: a zone's name Intl prints ("eastern time": New York), one of a standard time ("cet"), a
 * city of an IANA name in any region ("amsterdam", "kolkata"; "new delhi" is none), or UTC's name
 * for UTC; none where none is (an offset alone would read a summer's dates an hour off).
 */
export function zoneAt(offset: number, names: string[]): string | undefined {
  for (const n of names) {
    // (a region's name before UTC's, "WET" and "GMT" at +00:00 by Lisbon's and London's rules, as
    // "(CET, UTC+1)" by Berlin's and a "GMT" alone: a summer's dates in summer time)
    const utc = zoneNameOffsets().get(n) === 0 && 'UTC';
    for (const id of [genericZones.get(n), standardTimes.get(n), utc, ...REGIONS.map((r) => `${r}/${n.replace(/ /g, '_')}`)]) {
      if (id && zone(id) && Math.min(...seasons(id)) === offset) return id;
    }
  }
}
const REGIONS = 'Europe Asia America Africa Australia Pacific Atlantic Indian'.split(' ');

/** A zone's name Intl prints, long or for all year ("central european time"; hyphens as spaces): for a label's unit. */
export const isZoneName = (name: string) => zoneNameOffsets().has(name) || genericZones.has(name);

/** The zone whose standard time `name` is ("cet": Berlin's rules), after the names are learnt. */
export function standardZone(name: string): string | undefined {
  zoneNameOffsets();
  return standardTimes.get(name);
}

/**
 * What a zone's name after a date says ("cest", "central european time", "moscow standard time"):
 * its offset (NaN where two offsets share it) and the zone whose standard time it names, or, for a
 * name of a zone's time all year ("mitteleuropäische zeit"), no offset and that zone, read by its
 * rules; nothing where it is no zone's name.
 */
export function zoneNamed(name: string, locale: string | null | undefined): [offset: number | undefined, zone: string | undefined] | undefined {
  const known = zoneNameOffsets().get(name);
  const generic = genericZones.get(name);
  // (else another zone's long name, "Moscow Standard Time", "Moskva, normaltid")
  const offset = known ?? (generic || !LONG_NAME.test(name) ? undefined : otherZoneNames('', locale).get(name));
  if (offset === undefined && !generic) return undefined;
  return [offset, offset === undefined ? generic : standardTimes.get(name)];
}
