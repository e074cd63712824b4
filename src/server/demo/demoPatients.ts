import type { Patient } from '../../domain/case';

const femaleGiven = ['Maria', 'Linda', 'Aisha', 'Grace', 'Helen', 'Sofia', 'Priya', 'Ruth', 'Naomi', 'Claire', 'Fatima', 'Joan', 'Mei', 'Teresa', 'Ingrid', 'Amara'];
const maleGiven = ['James', 'Robert', 'Daniel', 'Ahmed', 'Thomas', 'Kenji', 'Marcus', 'Paul', 'Luis', 'Samuel', 'Arjun', 'Peter', 'Victor', 'Owen', 'Tobias', 'Kwame'];
const family = ['Okafor', 'Lindqvist', 'Moreno', 'Hughes', 'Nakamura', 'Schneider', 'Patel', 'Dubois', 'Kowalski', 'Osei', 'Fitzgerald', 'Haddad', 'Novak', 'Reyes', 'Andersen', 'Whitfield', 'Castillo', 'Brennan', 'Ivanova', 'Mensah'];

export interface DemoPatient extends Patient {
  readonly mrn: string;
  readonly givenName: string;
  readonly familyName: string;
}

/** A synthetic patient; names are invented combinations, not real people. */
export function demoPatient(random: () => number, sex: 'female' | 'male', age: number, now: Date): DemoPatient {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const givenName = pick(sex === 'female' ? femaleGiven : maleGiven);
  const familyName = pick(family);
  const birth = new Date(Date.UTC(now.getUTCFullYear() - age, Math.floor(random() * 12), 1 + Math.floor(random() * 28)));
  if (birth.getTime() > Date.UTC(now.getUTCFullYear() - age, now.getUTCMonth(), now.getUTCDate())) birth.setUTCFullYear(birth.getUTCFullYear() - 1);
  return {
    name: `${givenName} ${familyName}`,
    givenName,
    familyName,
    birthDate: birth.toISOString().slice(0, 10),
    sex,
    mrn: `MRN${String(Math.floor(random() * 9_000_000) + 1_000_000)}`,
  };
}
