import type { Messages } from './types';

// app.storageFull: a write the browser refused because the extension's storage is full (storage.local's
// quota), in place of the browser's own English words after "Not saved: " and the like.

export const common: Messages = {
  en: {
    'app.name': 'Dispute Radar',
    'app.storageFull': 'the browser\'s storage for Dispute Radar is full. Keep closed cases for fewer days in the settings, or export the cases and delete them there.',
  },
  de: {
    'app.name': 'Dispute Radar',
    'app.storageFull': 'der Speicher für Dispute Radar in diesem Browser ist voll. Behalten Sie geschlossene Fälle in den Einstellungen weniger Tage, oder exportieren Sie die Fälle und löschen Sie sie dort.',
  },
  sv: {
    'app.name': 'Dispute Radar',
    'app.storageFull': 'lagringsutrymmet för Dispute Radar i den här webbläsaren är fullt. Behåll stängda ärenden färre dagar i inställningarna, eller exportera ärendena och radera dem där.',
  },
  fi: {
    'app.name': 'Dispute Radar',
    'app.storageFull': 'Dispute Radarin tallennustila tässä selaimessa on täynnä. Säilytä suljettuja tapauksia vähemmän päiviä asetuksissa tai vie tapaukset ja poista ne siellä.',
  },
  nb: {
    'app.name': 'Dispute Radar',
    'app.storageFull': 'lagringsplassen for Dispute Radar i denne nettleseren er full. Behold lukkede saker færre dager i innstillingene, eller eksporter sakene og slett dem der.',
  },
  da: {
    'app.name': 'Dispute Radar',
    'app.storageFull': 'lagerpladsen til Dispute Radar i denne browser er fuld. Behold lukkede sager færre dage i indstillingerne, eller eksportér sagerne og slet dem der.',
  },
};
