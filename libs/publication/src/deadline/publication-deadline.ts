/**
 * 《地方预决算公开操作规程》: a department publishes its budget within 20 days of approval. Whether
 * those are calendar or working days is a local rule, so it is a setting. Working days skip
 * Saturdays and Sundays and any listed holiday (YYYY-MM-DD, in China Standard Time).
 */
export interface DeadlineRule {
  days: number;
  kind: 'calendar' | 'working';
  holidays?: readonly string[];
}

const CST_OFFSET_MS = 8 * 3_600_000;

/** The end of the last allowed day (23:59:59.999 China Standard Time), as a UTC instant. */
export function publicationDeadline(approvedAt: Date, rule: DeadlineRule): Date {
  const holidays = new Set(rule.holidays ?? []);
  // Work on the calendar date in China Standard Time, as the regulation is read there.
  const day = new Date(approvedAt.getTime() + CST_OFFSET_MS);
  day.setUTCHours(0, 0, 0, 0);
  let remaining = rule.days;
  while (remaining > 0) {
    day.setUTCDate(day.getUTCDate() + 1);
    if (rule.kind === 'calendar' || isWorkingDay(day, holidays)) remaining--;
  }
  return new Date(day.getTime() + 86_400_000 - 1 - CST_OFFSET_MS);
}

function isWorkingDay(day: Date, holidays: ReadonlySet<string>): boolean {
  const weekday = day.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(day.toISOString().slice(0, 10));
}
