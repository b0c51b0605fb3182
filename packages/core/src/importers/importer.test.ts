import { describe, expect, it } from 'vitest';
import { isCalendarDay as isCalendarDate } from '../domain/calendar';

describe('calendar dates', () => {
  it('accepts real days and refuses impossible ones', () => {
    expect(isCalendarDate('1994-04-07')).toBe(true);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('1900-02-29')).toBe(false);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2023-04-31')).toBe(false);
    expect(isCalendarDate('2023-13-01')).toBe(false);
    expect(isCalendarDate('2023-1-01')).toBe(false);
    expect(isCalendarDate('07/04/1994')).toBe(false);
  });
});
