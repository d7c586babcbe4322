import type { Messages } from './types';

export const common: Messages = {
  en: { 'app.name': 'Dispute Radar' },
  de: { 'app.name': 'Dispute Radar' },
  sv: { 'app.name': 'Dispute Radar' },
  fi: { 'app.name': 'Dispute Radar' },
  nb: { 'app.name': 'Dispute Radar' },
  da: { 'app.name': 'Dispute Radar' },
};
