import { randomUUID } from 'node:crypto';
import type { Role, User } from '../../domain/case';
import type { Queryable } from '../db/database';
import { hashPassword } from './password';

interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  password_hash: string;
}

/** A user with the stored password hash, which never leaves the auth module. */
export type StoredUser = User & { readonly passwordHash: string };

const toUser = (row: UserRow): StoredUser => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
  passwordHash: row.password_hash,
});

/** Public view of a user: everything except the password hash. */
export function publicUser(user: StoredUser): User {
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

export async function findUserByEmail(db: Queryable, email: string): Promise<StoredUser | null> {
  const [row] = await db.query<UserRow>('select * from users where email = $1', [email.toLowerCase()]);
  return row ? toUser(row) : null;
}

export async function findUserById(db: Queryable, id: string): Promise<StoredUser | null> {
  const [row] = await db.query<UserRow>('select * from users where id = $1', [id]);
  return row ? toUser(row) : null;
}

/** Creates the user unless the email exists already; emails are stored lower-case. Returns the user's id either way. */
export async function ensureUser(
  db: Queryable,
  user: { email: string; name: string; role: Role; password: string },
): Promise<string> {
  const existing = await findUserByEmail(db, user.email);
  if (existing) return existing.id;
  const [row] = await db.query<{ id: string }>(
    `insert into users (id, email, name, role, password_hash) values ($1, $2, $3, $4, $5)
     on conflict (email) do update set email = excluded.email returning id`,
    [randomUUID(), user.email.toLowerCase(), user.name, user.role, await hashPassword(user.password)],
  );
  if (!row) throw new Error('user insert returned nothing');
  return row.id;
}
