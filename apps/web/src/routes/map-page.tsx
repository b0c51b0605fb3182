import { useEffect, useState } from 'react';
import type { CountryDto } from '@lens/contract';
import { api } from '../api';
import { useI18n } from '../i18n/i18n';
import { REGION_COLOURS, WorldMap } from '../features/map/world-map';

export function MapPage() {
  const { t, lang } = useI18n();
  const [countries, setCountries] = useState<CountryDto[]>();
  const [selected, setSelected] = useState<string>();
  useEffect(() => {
    void api.countries(new Date().getFullYear()).then((r) => setCountries(r.countries));
  }, []);
  if (!countries) return <p>{t.loading}</p>;
  const current = countries.find((c) => c.iso3 === selected);
  const nameOf = (c: CountryDto) => c.names[lang];
  return (
    <section className="map-page">
      <h1>{t.mapTitle}</h1>
      <p className="muted">{t.mapHint}</p>
      <div className="map-layout">
        <WorldMap
          countries={countries}
          selected={selected}
          onSelect={setSelected}
          nameOf={nameOf}
          label={t.mapTitle}
        />
        <aside className="panel" aria-live="polite">
          {current ? (
            <dl data-testid="country-detail">
              <dt>{t.colCountry}</dt>
              <dd>{nameOf(current)}</dd>
              <dt>{t.colRegion}</dt>
              <dd>{t.regions[current.region]}</dd>
              <dt>ISO 3166</dt>
              <dd>
                {current.iso3} / {current.iso2 ?? '—'} / {current.isoNumeric ?? '—'}
              </dd>
              <dt>COW / G-W</dt>
              <dd>
                {current.cowCode ?? '—'} / {current.gwCode ?? '—'}
              </dd>
            </dl>
          ) : (
            <p className="muted">{t.noSelection}</p>
          )}
          <ul className="legend">
            {Object.entries(REGION_COLOURS).map(([region, colour]) => (
              <li key={region}>
                <span className="swatch" style={{ background: colour }} />
                {t.regions[region as CountryDto['region']]}
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </section>
  );
}
