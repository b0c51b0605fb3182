import { z } from 'zod';
import { DAY_PATTERN, isCalendarDay } from '@lens/core';

/** A day of the calendar, YYYY-MM-DD: 2024-02-30 is refused with a 400, not stored. */
export const DaySchema = z
  .string()
  .regex(DAY_PATTERN, 'must be YYYY-MM-DD')
  // Only for strings of the right shape: a malformed one gets the message above alone.
  .refine((s) => !DAY_PATTERN.test(s) || isCalendarDay(s), 'is not a day of the calendar');
