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
