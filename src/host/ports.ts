/**
 * What the host handlers need from the platform. Electron main and the
 * browser test host each provide these; the handlers themselves are pure.
 */
import type { HostEvent, HostEvents } from './contract';

export type HttpRequest = Readonly<{
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  headers: Readonly<Record<string, string>>;
  body?: Uint8Array;
}>;

export type HttpResponse = Readonly<{
  status: number;
  headers: Readonly<Record<string, string>>;
  body: Uint8Array;
}>;

/** Sends one HTTP request; rejects only when no answer came (network, TLS, timeout). */
export interface HttpTransport {
  send(request: HttpRequest): Promise<HttpResponse>;
}

export type Tokens = Readonly<{ accessToken: string; refreshToken: string; expiresAt: number }>;

/** Holds credentials in the trusted process only; they never cross to the renderer. */
export interface TokenVault {
  read(): Tokens | null;
  write(tokens: Tokens): void;
  clear(): void;
}

/** The OS keychain (Electron's safeStorage), for the offline store's data key. */
export interface Keychain {
  wrap(secret: Uint8Array): Promise<Uint8Array>;
  unwrap(wrapped: Uint8Array): Promise<Uint8Array>;
}

export interface HostPorts {
  http: HttpTransport;
  vault: TokenVault;
  /** Base URL of the case service, e.g. `https://cases.example.org`. */
  serverUrl: () => string;
  now: () => number;
  /** Stable id of this workstation installation, sent with every push. */
  clientId: string;
  newId: () => string;
  emit: <E extends HostEvent>(event: E, payload: HostEvents[E]) => void;
  keychain: Keychain;
}
