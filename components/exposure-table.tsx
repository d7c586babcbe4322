// What accepting costs against what challenging costs (won or lost), per currency.
import { t } from '../lib/i18n';
import type { Exposure } from '../lib/rules/types';
import { moneyList, type ViewContext } from './view-model';

export function ExposureTable({ exposure, vc }: { exposure: Exposure; vc: ViewContext }) {
  const { locale } = vc;
  const rows: [string, 'accept' | 'challengeIfLost' | 'challengeIfWon'][] = [
    ['content.exposure.accept', 'accept'],
    ['content.exposure.challengeIfLost', 'challengeIfLost'],
    ['content.exposure.challengeIfWon', 'challengeIfWon'],
  ];
  return (
    <dl class="exposure">
      {rows.map(([key, field]) => (
        <>
          <dt key={`${field}-t`}>{t(locale, key)}</dt>
          <dd key={`${field}-d`} data-field={field}>
            {exposure[field].some((m) => m.amountMinor !== 0)
              ? moneyList(exposure[field], locale)
              : t(locale, 'content.exposure.nothing')}
          </dd>
        </>
      ))}
    </dl>
  );
}
