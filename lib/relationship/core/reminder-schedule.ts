/** When the daily reminder rings next: today at the rep's local `HH:MM`, or tomorrow once that has passed. */
export function nextReminderAt(time: string, now: Date): Date {
  const [hours = 8, minutes = 30] = time.split(':').map(Number);
  const at = new Date(now.getFullYear(), now.getMonth(), now.getDate(), hours, minutes);
  if (at.getTime() <= now.getTime()) at.setDate(at.getDate() + 1);
  return at;
}

/** The reminder's words: how many items need the rep, overdue and today. */
export interface DigestCounts {
  overdue: number;
  today: number;
  week: number;
}
