// Facts the page does not show, entered by the merchant and remembered by the background:
// the buyer's country (the fee depends on it) and what was sold (the checklist depends on it).
import { PORTAL_LOCALE_TAGS, t } from '../lib/i18n';
import type { GoodsType } from '../lib/rules/types';
import { countryOptions } from './countries';
import type { ViewContext } from './view-model';

const GOODS: GoodsType[] = ['physical', 'digital', 'service'];

export function CaseInputs(props: {
  vc: ViewContext;
  /** null when the page shows the country: then it is not asked */
  country: string | null | undefined;
  askCountry: boolean;
  goods: GoodsType | null;
  onCountry: (code: string | null) => void;
  onGoods: (goods: GoodsType | null) => void;
}) {
  const { locale } = props.vc;
  return (
    <div class="inputs">
      <label>
        {t(locale, 'content.inputs.goods')}
        <select
          value={props.goods ?? ''}
          onChange={(e) => {
            const v = (e.currentTarget as HTMLSelectElement).value;
            props.onGoods(GOODS.includes(v as GoodsType) ? (v as GoodsType) : null);
          }}
        >
          <option value="">{t(locale, 'content.inputs.choose')}</option>
          {GOODS.map((g) => (
            <option key={g} value={g}>
              {t(locale, `content.goods.${g}`)}
            </option>
          ))}
        </select>
      </label>
      {props.askCountry ? (
        <label title={t(locale, 'content.inputs.countryHint')}>
          {t(locale, 'content.inputs.country')}
          <select
            value={props.country ?? ''}
            onChange={(e) => {
              const v = (e.currentTarget as HTMLSelectElement).value;
              props.onCountry(/^[A-Z]{2}$/.test(v) ? v : null);
            }}
          >
            <option value="">{t(locale, 'content.inputs.unknown')}</option>
            {countryOptions(PORTAL_LOCALE_TAGS[locale]).map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </div>
  );
}
