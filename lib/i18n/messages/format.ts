import type { Messages } from './types';

// Countdown and duration texts (components/format.ts). Units are the short forms each language
// uses in running text; `{time}` is one or two of them ("2 d 4 h").
export const format: Messages = {
  en: {
    'fmt.unit.d': '{n} d',
    'fmt.unit.h': '{n} h',
    'fmt.unit.min': '{n} min',
    'fmt.unit.underMinute': '< 1 min',
    'fmt.countdown.response': '{time} to respond',
    'fmt.countdown.escalation': 'escalates in {time}',
    'fmt.countdown.overdue': 'overdue by {time}',
  },
  de: {
    'fmt.unit.d': '{n} T.',
    'fmt.unit.h': '{n} Std.',
    'fmt.unit.min': '{n} Min.',
    'fmt.unit.underMinute': '< 1 Min.',
    'fmt.countdown.response': 'noch {time} zum Antworten',
    'fmt.countdown.escalation': 'eskaliert in {time}',
    'fmt.countdown.overdue': 'seit {time} überfällig',
  },
  sv: {
    'fmt.unit.d': '{n} d',
    'fmt.unit.h': '{n} tim',
    'fmt.unit.min': '{n} min',
    'fmt.unit.underMinute': '< 1 min',
    'fmt.countdown.response': '{time} kvar att svara',
    'fmt.countdown.escalation': 'eskaleras om {time}',
    'fmt.countdown.overdue': 'försenad med {time}',
  },
  fi: {
    'fmt.unit.d': '{n} pv',
    'fmt.unit.h': '{n} t',
    'fmt.unit.min': '{n} min',
    'fmt.unit.underMinute': '< 1 min',
    'fmt.countdown.response': '{time} aikaa vastata',
    'fmt.countdown.escalation': 'eskaloituu {time} päästä',
    'fmt.countdown.overdue': '{time} myöhässä',
  },
  nb: {
    'fmt.unit.d': '{n} d',
    'fmt.unit.h': '{n} t',
    'fmt.unit.min': '{n} min',
    'fmt.unit.underMinute': '< 1 min',
    'fmt.countdown.response': '{time} igjen til å svare',
    'fmt.countdown.escalation': 'eskaleres om {time}',
    'fmt.countdown.overdue': '{time} over fristen',
  },
  da: {
    'fmt.unit.d': '{n} d',
    'fmt.unit.h': '{n} t',
    'fmt.unit.min': '{n} min',
    'fmt.unit.underMinute': '< 1 min',
    'fmt.countdown.response': '{time} tilbage til at svare',
    'fmt.countdown.escalation': 'eskaleres om {time}',
    'fmt.countdown.overdue': '{time} over fristen',
  },
};
