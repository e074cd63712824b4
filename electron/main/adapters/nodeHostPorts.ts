/**
 * Host ports on plain Node: shared by Electron main and the browser test
 * host, so both run the same handlers over the same network code.
 */
import { randomUUID } from 'node:crypto';
import type { HostEvent, HostEvents } from '../../../src/host/contract';
import type { HostPorts, Keychain } from '../../../src/host/ports';
import { createMemoryTokenVault } from './memoryTokenVault';
import { createNodeHttpTransport } from './nodeHttpTransport';
import type { ServerCertificatePin } from './nodeHttpTransport';

export type NodeHostPortsOptions = Readonly<{
  serverUrl: () => string;
  clientId: string;
  emit: <E extends HostEvent>(event: E, payload: HostEvents[E]) => void;
  pin?: ServerCertificatePin;
  /** Electron's safeStorage in the app; a stand-in in the browser test host. */
  keychain: Keychain;
}>;

export function createNodeHostPorts(options: NodeHostPortsOptions): HostPorts {
  return {
    http: createNodeHttpTransport(options.pin ? { pin: options.pin } : {}),
    vault: createMemoryTokenVault(),
    serverUrl: options.serverUrl,
    now: () => Date.now(),
    clientId: options.clientId,
    newId: () => randomUUID(),
    emit: options.emit,
    keychain: options.keychain,
  };
}
