import type { Role } from '../../domain/case';

/** The shared password of every demo account. Demo data only: never use `--demo` on a real deployment. */
export const demoPassword = 'demo-password';

/** The demo accounts, one or more per role. */
export const demoUsers: ReadonlyArray<Readonly<{ email: string; name: string; role: Role }>> = [
  { email: 'specialist@demo.test', name: 'Dr. Maya Okafor', role: 'specialist' },
  { email: 'specialist2@demo.test', name: 'Dr. Lukas Brenner', role: 'specialist' },
  { email: 'radiologist@demo.test', name: 'Dr. Aiko Tanaka', role: 'radiologist' },
  { email: 'director@demo.test', name: 'Dr. Samuel Reyes', role: 'director' },
  { email: 'admin@demo.test', name: 'Jordan Hale', role: 'admin' },
];
