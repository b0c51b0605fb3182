import { describe, expect, it } from 'vitest';
import {
  monitoringLevel,
  nextOccurrence,
  upcomingTriggers,
  validateTrigger,
  type Trigger,
} from './trigger';

const trigger = (over: Partial<Trigger>): Trigger => ({
  id: 1,
  iso3: 'KEN',
  date: '2027-08-09',
  kind: 'election',
  title: 'General election',
  source: 'IEBC calendar',
  windowDays: 60,
  yearly: false,
  origin: 'analyst',
  createdAt: '2027-01-01T00:00:00Z',
  createdBy: 'ana#2',
  retiredAt: null,
  ...over,
});

describe('triggers', () => {
  it('comes back every year on its day, 29 February on the 28th in other years', () => {
    const yearly = { date: '2008-01-03', yearly: true };
    expect(nextOccurrence(yearly, '2027-01-02')).toBe('2027-01-03');
    expect(nextOccurrence(yearly, '2027-01-04')).toBe('2028-01-03');
    expect(nextOccurrence({ date: '2004-02-29', yearly: true }, '2027-02-01')).toBe('2027-02-28');
    expect(nextOccurrence({ date: '2004-02-29', yearly: true }, '2028-02-01')).toBe('2028-02-29');
    expect(nextOccurrence({ date: '2027-08-09', yearly: false }, '2027-08-10')).toBeNull();
  });

  it('raises the monitoring level only inside the window before the date, and never once retired', () => {
    const t = trigger({});
    const at = (asOf: string, ts = [t]) => upcomingTriggers(ts, asOf);
    expect(at('2027-06-09')[0]).toMatchObject({ daysUntil: 61, raises: false });
    expect(monitoringLevel(at('2027-06-09'))).toBe('routine');
    expect(at('2027-06-10')[0]).toMatchObject({ daysUntil: 60, raises: true });
    expect(monitoringLevel(at('2027-08-09'))).toBe('heightened');
    expect(monitoringLevel(at('2027-08-10'))).toBe('routine');
    const retired = trigger({ retiredAt: '2027-07-01T10:00:00Z' });
    expect(monitoringLevel(at('2027-07-15', [retired]))).toBe('routine');
    expect(monitoringLevel(at('2027-06-30', [retired]))).toBe('heightened');
    // Beyond the horizon it is not ahead yet.
    expect(upcomingTriggers([t], '2026-01-01', 365)).toEqual([]);
  });

  it('refuses a trigger with every bad field named', () => {
    expect(() =>
      validateTrigger({
        ...trigger({}),
        date: '2027-02-30',
        source: ' ',
        windowDays: 400,
      }),
    ).toThrow(/date must be .*source must be .*windowDays must be/);
  });
});
