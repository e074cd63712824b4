import { randomUUID } from 'node:crypto';
import { createNodeHostPorts } from '../../electron/main/adapters/nodeHostPorts';
import { createHandlers } from '../../src/host/handlers';
import { createRouter } from '../../src/host/router';
import { createTestKeychain } from '../host/testKeychain';

/** The real host handlers, signed in as the demo specialist: what the renderer calls, without a renderer. */
export async function signedInHost(serverUrl: string) {
  const ports = createNodeHostPorts({ serverUrl: () => serverUrl, clientId: randomUUID(), emit: () => undefined, keychain: createTestKeychain() });
  const router = createRouter(createHandlers(ports));
  const call = async (channel: string, args: unknown): Promise<unknown> => {
    const result = await router(channel, args);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value;
  };
  await call('session.signIn', { email: 'specialist@demo.test', password: 'demo-password' });
  return { call, token: () => ports.vault.read()?.accessToken ?? '' };
}
