import type { Database } from './database';

/** One schema step. Versions only grow; a released migration is never edited, only followed by a new one. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** The schema, oldest step first. */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    sql: `
      create table users (
        id text primary key,
        email text not null unique,
        name text not null,
        role text not null check (role in ('specialist', 'radiologist', 'director', 'admin')),
        password_hash text not null,
        created_at timestamptz not null default now()
      );
      create table server_secrets (
        name text primary key,
        value text not null
      );
      create table refresh_tokens (
        id text primary key,
        family_id text not null,
        user_id text not null references users(id),
        token_hash text not null unique,
        expires_at timestamptz not null,
        revoked_at timestamptz,
        created_at timestamptz not null default now()
      );
      create index refresh_tokens_family on refresh_tokens(family_id);
      create table cases (
        id text primary key,
        reference text not null unique,
        assignee_id text references users(id),
        status text not null,
        priority text not null,
        specialty text not null,
        patient jsonb not null,
        question text not null,
        program text not null,
        received_at timestamptz not null,
        due_at timestamptz not null,
        version integer not null default 1
      );
      create index cases_assignee on cases(assignee_id);
      create table documents (
        id text primary key,
        case_id text not null references cases(id),
        title text not null,
        kind text not null,
        date date not null,
        source text not null,
        page_count integer not null,
        sha256 text not null,
        byte_length bigint not null
      );
      create index documents_case on documents(case_id);
      create index documents_sha256 on documents(sha256);
      create table studies (
        study_uid text primary key,
        case_id text not null references cases(id),
        description text not null,
        date date not null
      );
      create index studies_case on studies(case_id);
      create table series (
        series_uid text primary key,
        study_uid text not null references studies(study_uid),
        series_number integer not null,
        modality text not null,
        description text not null
      );
      create table instances (
        sop_instance_uid text primary key,
        series_uid text not null references series(series_uid),
        instance_number integer not null,
        sha256 text not null,
        byte_length bigint not null
      );
      create index instances_series on instances(series_uid);
      create index instances_sha256 on instances(sha256);
      create table drafts (
        case_id text not null references cases(id),
        author_id text not null references users(id),
        text text not null,
        version integer not null,
        updated_at timestamptz not null,
        primary key (case_id, author_id)
      );
      create table opinions (
        id text primary key,
        case_id text not null references cases(id),
        author_id text not null references users(id),
        text text not null,
        version integer not null,
        submitted_at timestamptz not null
      );
      create index opinions_case on opinions(case_id, submitted_at);
      create table mutations (
        client_id text not null,
        mutation_id text not null,
        user_id text not null references users(id),
        result jsonb,
        created_at timestamptz not null default now(),
        unique (client_id, mutation_id)
      );
      create table audit_events (
        seq bigserial primary key,
        at timestamptz not null,
        actor_id text,
        action text not null,
        case_id text,
        detail jsonb not null,
        prev_hash text not null,
        hash text not null unique
      );
      create index audit_events_case on audit_events(case_id);
      -- Append-only: the database itself refuses edits, not just the code paths we wrote.
      create function audit_events_append_only() returns trigger language plpgsql as $$
        begin
          raise exception 'audit_events is append-only';
        end;
      $$;
      create trigger audit_events_no_update before update or delete on audit_events
        for each row execute function audit_events_append_only();
    `,
  },
  {
    version: 2,
    name: 'case lifecycle: transition history and SLA pause',
    sql: `
      alter table cases add column sla_paused_at timestamptz;
      create table case_transitions (
        id text primary key,
        case_id text not null references cases(id),
        from_status text not null,
        to_status text not null,
        actor_id text not null references users(id),
        -- Free text may name people or clinical detail, so it stays here and never goes into the audit log.
        reason text,
        at timestamptz not null
      );
      create index case_transitions_case on case_transitions(case_id, at);
    `,
  },
  {
    version: 3,
    name: 'ingest: the patient of each study',
    sql: `
      -- Instances added later must be of the same patient as the study they join.
      alter table studies add column patient_id text;
    `,
  },
  {
    version: 4,
    name: 'signed audit checkpoints',
    sql: `
      create table audit_checkpoints (
        seq bigint primary key,
        hash text not null,
        at timestamptz not null,
        key_id text not null,
        signature text not null
      );
    `,
  },
  {
    version: 5,
    name: 'case change log for sync pull',
    sql: `
      create table case_changes (
        seq bigserial primary key,
        case_id text not null references cases(id),
        kind text not null check (kind in ('case', 'draft', 'revoked')),
        -- For 'draft' the author, for 'revoked' the user whose access ended; else null.
        user_id text references users(id),
        at timestamptz not null default now()
      );
      create index case_changes_case on case_changes(case_id);
      -- Changes are numbered under the audit chain's lock, held to commit, so seq order is commit
      -- order and a client's cursor never skips a change that commits late.
      create function record_case_change() returns trigger language plpgsql as $$
        begin
          perform pg_advisory_xact_lock(7245002);
          if tg_table_name = 'cases' then
            if tg_op = 'UPDATE' and old.assignee_id is distinct from new.assignee_id and old.assignee_id is not null then
              insert into case_changes (case_id, kind, user_id) values (new.id, 'revoked', old.assignee_id);
            end if;
            insert into case_changes (case_id, kind) values (new.id, 'case');
          elsif tg_table_name = 'drafts' then
            insert into case_changes (case_id, kind, user_id) values (new.case_id, 'draft', new.author_id);
          else
            insert into case_changes (case_id, kind) values (new.case_id, 'case');
          end if;
          return null;
        end;
      $$;
      create trigger cases_changed after insert or update on cases for each row execute function record_case_change();
      create trigger documents_changed after insert on documents for each row execute function record_case_change();
      create trigger studies_changed after insert on studies for each row execute function record_case_change();
      create trigger drafts_changed after insert or update on drafts for each row execute function record_case_change();
      insert into case_changes (case_id, kind) select id, 'case' from cases order by received_at, id;
    `,
  },
  {
    version: 6,
    name: 'further opinions: a case offered again to another reviewer',
    sql: `
      -- A third opinion is a case of its own that reads its parent's imaging; documents are copied rows.
      alter table cases add column parent_case_id text references cases(id);
      create index cases_parent on cases(parent_case_id);
    `,
  },
  {
    version: 7,
    name: 'addenda to signed opinions',
    sql: `
      create table addenda (
        id text primary key,
        case_id text not null references cases(id),
        number integer not null,
        author_id text not null references users(id),
        text text not null,
        reason text not null,
        at timestamptz not null,
        unique (case_id, number)
      );
    `,
  },
];

// Any constant works; it only has to be the same for every process sharing the database.
const migrationLockKey = 7_245_001;

/**
 * Applies every migration newer than the recorded version, each in its own
 * transaction together with its `schema_migrations` row, so a crash leaves
 * the schema at a recorded version. An advisory lock keeps two services
 * starting against one PostgreSQL from migrating at once.
 */
export async function applyMigrations(db: Database): Promise<number> {
  // "create table if not exists" races with itself in PostgreSQL: create it under the lock too.
  await db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [migrationLockKey]);
    await tx.query(`create table if not exists schema_migrations (
      version integer primary key,
      name text not null,
      applied_at timestamptz not null default now()
    )`);
  });
  let applied = 0;
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    const done = await db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1)', [migrationLockKey]);
      const existing = await tx.query('select 1 from schema_migrations where version = $1', [migration.version]);
      if (existing.length > 0) return false;
      await tx.exec(migration.sql);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [migration.version, migration.name]);
      return true;
    });
    if (done) applied++;
  }
  return applied;
}
