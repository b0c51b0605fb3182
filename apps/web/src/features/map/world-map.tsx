import { useMemo } from 'react';
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import type { CountryDto } from '@lens/contract';

const WIDTH = 960;
const HEIGHT = 500;

export const REGION_COLOURS: Record<CountryDto['region'], string> = {
  Africa: '#c98b3c',
  Americas: '#5b8fb9',
  Asia: '#7aa874',
  Europe: '#8d7cb8',
  'Middle East and North Africa': '#d0a85c',
  Oceania: '#4fa3a5',
};

interface Props {
  readonly countries: readonly CountryDto[];
  readonly selected: string | undefined;
  readonly onSelect: (iso3: string) => void;
  readonly nameOf: (c: CountryDto) => string;
  readonly label: string;
  /** A colour per country (a choropleth); by default independent states are coloured by region. */
  readonly fillOf?: (c: CountryDto) => string | undefined;
}

/**
 * An SVG world map from Natural Earth (world-atlas, 1:110m) in the Natural Earth projection.
 * No tiles and no network: it works offline, prints, and renders the same in a PDF.
 * Independent states are coloured by region; territories (Greenland, Antarctica...) stay grey.
 */
export function WorldMap({ countries, selected, onSelect, nameOf, label, fillOf }: Props) {
  const shapes = useMemo(() => {
    const topo = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const fc = feature(topo, topo.objects.countries) as FeatureCollection<
      Geometry,
      { name: string }
    >;
    const projection = geoNaturalEarth1().fitSize([WIDTH, HEIGHT], fc);
    const path = geoPath(projection);
    return fc.features.map((f, i) => ({
      id: f.id === undefined ? undefined : String(f.id),
      name: f.properties.name,
      d: path(f) ?? '',
      key: `${String(f.id)}-${i}`,
    }));
  }, []);
  const byNumeric = useMemo(() => {
    const m = new Map<string, CountryDto>();
    for (const c of countries)
      if (c.isoNumeric !== null) m.set(String(c.isoNumeric).padStart(3, '0'), c);
    return m;
  }, [countries]);

  return (
    <svg className="world-map" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      <rect width={WIDTH} height={HEIGHT} className="sea" />
      {shapes.map((s) => {
        const c = s.id ? byNumeric.get(s.id) : undefined;
        return (
          <path
            key={s.key}
            d={s.d}
            data-iso3={c?.iso3}
            className={c && c.iso3 === selected ? 'country selected' : 'country'}
            fill={
              (c && fillOf ? fillOf(c) : c?.independent ? REGION_COLOURS[c.region] : undefined) ??
              '#d5d5d5'
            }
            onClick={() => c && onSelect(c.iso3)}
          >
            <title>{c ? nameOf(c) : s.name}</title>
          </path>
        );
      })}
    </svg>
  );
}
