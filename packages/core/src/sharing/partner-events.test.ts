import { describe, expect, it } from 'vitest';
import { CLASSIFIER } from '../use-cases/escalation-rules';
import type { ReceivedItem } from '../ports/sharing';
import { fromPartnerEvent } from './partner-events';

const item: ReceivedItem = {
  kind: 'event',
  originId: 'ucdp-ged:1',
  iso3: 'MMR',
  day: '2017-08-25',
  body: {
    date: '2017-08-25',
    place: 'Rakhine State',
    latitude: null,
    longitude: null,
    violenceType: 'one-sided',
    deaths: 41,
    civilianTargeting: true,
    origin: 'dataset',
  },
  origin: 'national-focal-point',
  via: 'national-focal-point',
  receivedAt: '2017-09-01T00:00:00Z',
  withdrawnAt: null,
};
const code = (n: string) => (n === 'Rakhine State' ? 'MM-16' : null);

describe("a partner's shared event in the escalation engine", () => {
  it('counts as evidence at high trust, with its deaths', () => {
    const e = fromPartnerEvent(item, 'high', CLASSIFIER, code);
    expect(e).toMatchObject({
      ref: 'partner:national-focal-point:ucdp-ged:1',
      admin1Code: 'MM-16',
      deaths: 41,
      corroborated: true,
    });
    expect(e.hits.length).toBeGreaterThan(0);
    expect(e.summary).toMatch(/shared by national-focal-point \(high trust\)/);
  });
  it('counts its deaths at half at medium trust', () => {
    expect(fromPartnerEvent(item, 'medium', CLASSIFIER, code)).toMatchObject({
      deaths: 20,
      corroborated: true,
    });
  });
  it('is never evidence on its own at low trust', () => {
    expect(fromPartnerEvent(item, 'low', CLASSIFIER, code)).toMatchObject({
      deaths: 41,
      corroborated: false,
    });
  });
  it('falls back to the country when the province is not known here', () => {
    expect(
      fromPartnerEvent({ ...item, body: { ...item.body, place: null } }, 'high', CLASSIFIER, code)
        .admin1Code,
    ).toBeNull();
  });
});
