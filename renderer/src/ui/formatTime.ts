const hour = 3_600_000;
const day = 24 * hour;

/** "due in 3 d", "due in 5 h", "overdue 2 d": how a reviewer triages. */
export function describeDue(dueAt: string, now: number): { text: string; overdue: boolean; soon: boolean } {
  const delta = Date.parse(dueAt) - now;
  const magnitude = Math.abs(delta);
  const amount = magnitude >= day ? `${Math.round(magnitude / day)} d` : `${Math.max(1, Math.round(magnitude / hour))} h`;
  return delta < 0 ? { text: `overdue ${amount}`, overdue: true, soon: false } : { text: `due in ${amount}`, overdue: false, soon: delta < day };
}

export function ageOn(birthDate: string, now: number): number {
  const birth = new Date(`${birthDate}T00:00:00Z`);
  const today = new Date(now);
  let age = today.getUTCFullYear() - birth.getUTCFullYear();
  const beforeBirthday = today.getUTCMonth() < birth.getUTCMonth() || (today.getUTCMonth() === birth.getUTCMonth() && today.getUTCDate() < birth.getUTCDate());
  if (beforeBirthday) age--;
  return age;
}

export function formatDate(isoDate: string): string {
  return new Date(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate).toLocaleDateString('en-GB', { day: '2-digit', month: 'short', year: 'numeric', timeZone: 'UTC' });
}
