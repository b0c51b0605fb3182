import { useEffect, useMemo, useState } from 'react';
import type { CountryDto } from '@lens/contract';
import { api } from '../api';
import { useI18n } from '../i18n/i18n';

export function CountriesPage() {
  const { t, lang } = useI18n();
  const [year, setYear] = useState(new Date().getFullYear());
  const [query, setQuery] = useState('');
  const [countries, setCountries] = useState<CountryDto[]>();
  useEffect(() => {
    void api.countries(year).then((r) => setCountries(r.countries));
  }, [year]);
  const rows = useMemo(() => {
    const q = query.trim().toLowerCase();
    return (countries ?? [])
      .filter((c) => c.independent)
      .filter(
        (c) =>
          !q ||
          c.iso3.toLowerCase() === q ||
          Object.values(c.names).some((n) => n.toLowerCase().includes(q)),
      )
      .sort((a, b) => a.names[lang].localeCompare(b.names[lang], lang));
  }, [countries, query, lang]);
  return (
    <section>
      <h1>{t.countriesTitle}</h1>
      <p className="muted">{t.countriesIntro}</p>
      <div className="filters">
        <label>
          {t.search}
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <label>
          {t.yearLabel}
          <input
            type="number"
            min={1946}
            max={2100}
            value={year}
            onChange={(e) => setYear(Number(e.target.value) || year)}
          />
        </label>
      </div>
      {!countries ? (
        <p>{t.loading}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t.colCountry}</th>
              <th>ISO3</th>
              <th>COW</th>
              <th>G-W</th>
              <th>{t.colRegion}</th>
              <th>{t.colYears}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={`${c.iso3}-${c.fromYear}`}>
                <td>{c.names[lang]}</td>
                <td>{c.iso3}</td>
                <td>{c.cowCode ?? '—'}</td>
                <td>{c.gwCode ?? '—'}</td>
                <td>{t.regions[c.region]}</td>
                <td>
                  {/* The table starts in 1946: an earlier state shows as ≤1946. */}
                  {c.fromYear <= 1946 ? '≤1946' : c.fromYear}–{c.toYear ?? ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
