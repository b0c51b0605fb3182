import { describe, expect, it } from 'vitest';
import { isCalendarDateTime, isCalendarDay } from './calendar';

describe('calendar days', () => {
  it('accepts days that exist, leap days included', () => {
    for (const d of ['2024-02-29', '2000-02-29', '2023-12-31', '1900-01-01', '2023-04-30'])
      expect(isCalendarDay(d), d).toBe(true);
  });
  it('refuses days that do not exist or are not written YYYY-MM-DD', () => {
    for (const d of [
      '2024-02-30',
      '2023-02-29',
      '1900-02-29',
      '2023-04-31',
      '2023-13-01',
      '2023-00-10',
      '2023-01-00',
      '2023-1-5',
      '5 Jan 2023',
      '',
    ])
      expect(isCalendarDay(d), d).toBe(false);
  });
  it('checks the date part of a date-time', () => {
    expect(isCalendarDateTime('2024-02-29T10:00Z')).toBe(true);
    expect(isCalendarDateTime('2024-02-30T10:00Z')).toBe(false);
    expect(isCalendarDateTime('2024-02-28T10:00:00.000Z')).toBe(true);
  });
});
