/**
 * Counts failed logins per email in a sliding window. Kept in memory: a
 * restart forgets it, which is acceptable for a per-process brake on
 * password guessing (the audit log keeps every failure).
 */
export function createLoginRateLimit(options: { maxFailures: number; windowMs: number; now?: () => number }) {
  const now = options.now ?? Date.now;
  const failures = new Map<string, number[]>();

  const recent = (key: string) => {
    const since = now() - options.windowMs;
    const kept = (failures.get(key) ?? []).filter((at) => at > since);
    if (kept.length === 0) failures.delete(key);
    else failures.set(key, kept);
    return kept;
  };

  return {
    /** Seconds until another attempt is allowed, or 0 when it is allowed now. */
    retryAfterSeconds(email: string): number {
      const kept = recent(email.toLowerCase());
      if (kept.length < options.maxFailures) return 0;
      const oldest = kept[kept.length - options.maxFailures] ?? now();
      return Math.max(1, Math.ceil((oldest + options.windowMs - now()) / 1000));
    },
    recordFailure(email: string): void {
      const key = email.toLowerCase();
      failures.set(key, [...recent(key), now()]);
    },
    recordSuccess(email: string): void {
      failures.delete(email.toLowerCase());
    },
  };
}

export type LoginRateLimit = ReturnType<typeof createLoginRateLimit>;
