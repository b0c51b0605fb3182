import { useEffect, useState } from 'react';
import { api } from '../api';
import { useI18n } from '../i18n/i18n';

type Countries = Awaited<ReturnType<typeof api.countries>>['countries'];

// One request per page load: the country list changes only with a new reference table.
let loading: Promise<Countries> | undefined;

/**
 * The name of a country in the reader's language, by its ISO3 code (the code itself only while
 * the list loads or when the code names no country), so that pages show names, not codes.
 */
export function useCountryName(): (iso3: string) => string {
  const { lang } = useI18n();
  const [countries, setCountries] = useState<Countries>();
  useEffect(() => {
    loading ??= api.countries().then((r) => r.countries);
    loading.then(setCountries, () => {
      loading = undefined;
    });
  }, []);
  return (iso3) => countries?.find((c) => c.iso3 === iso3)?.names[lang] ?? iso3;
}

/**
 * The countries a person picks from: the independent states of this year, by name in the
 * reader's language (not 261 periods in code order with Antarctica and the USSR).
 */
export function usePickableCountries(): Array<{ iso3: string; name: string }> {
  const { lang } = useI18n();
  const [countries, setCountries] = useState<Countries>([]);
  useEffect(() => {
    // Kept on the device, so that the report form has its countries without a connection.
    const KEY = 'lens-pickable-countries';
    void api.countries(new Date().getFullYear()).then(
      (r) => {
        setCountries(r.countries);
        localStorage.setItem(KEY, JSON.stringify(r.countries.filter((c) => c.independent)));
      },
      () => {
        const kept = localStorage.getItem(KEY);
        if (kept) setCountries(JSON.parse(kept) as Countries);
      },
    );
  }, []);
  return countries
    .filter((c) => c.independent)
    .map((c) => ({ iso3: c.iso3, name: c.names[lang] }))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
}
