import type { Kysely, Selectable } from 'kysely';
import type { Country, CountryRepository, Iso3, Region } from '@lens/core';
import type { CountriesTable, Database } from '../schema';

function toCountry(r: Selectable<CountriesTable>): Country {
  return {
    iso3: r.iso3 as Iso3,
    iso2: r.iso2,
    isoNumeric: r.iso_numeric,
    cowCode: r.cow_code,
    gwCode: r.gw_code,
    fromYear: r.from_year,
    toYear: r.to_year,
    region: r.region as Region,
    independent: r.independent === 1,
    names: { en: r.name_en, fr: r.name_fr, es: r.name_es, ar: r.name_ar },
    aliases: JSON.parse(r.aliases) as string[],
  };
}

export class KyselyCountryRepository implements CountryRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async list(): Promise<Country[]> {
    const rows = await this.db
      .selectFrom('countries')
      .selectAll()
      .orderBy('iso3')
      .orderBy('from_year')
      .execute();
    return rows.map(toCountry);
  }

  async replaceAll(countries: readonly Country[]): Promise<void> {
    await this.db.deleteFrom('countries').execute();
    const rows = countries.map((c) => ({
      iso3: c.iso3,
      from_year: c.fromYear,
      to_year: c.toYear,
      iso2: c.iso2,
      iso_numeric: c.isoNumeric,
      cow_code: c.cowCode,
      gw_code: c.gwCode,
      region: c.region,
      independent: c.independent ? 1 : 0,
      name_en: c.names.en,
      name_fr: c.names.fr,
      name_es: c.names.es,
      name_ar: c.names.ar,
      aliases: JSON.stringify(c.aliases ?? []),
    }));
    for (let i = 0; i < rows.length; i += 200) {
      await this.db
        .insertInto('countries')
        .values(rows.slice(i, i + 200))
        .execute();
    }
  }
}
