/**
 * The preload: exposes `window.host` and nothing else. It checks channel and
 * event names before anything crosses; the main process validates arguments.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { HostApi, HostEvent, HostEvents } from '../../src/host/contract';
import { ipcEventChannel, ipcInvokeChannel, isChannel, isHostEvent } from '../../src/host/contract';

type Listener = (payload: unknown) => void;
const listeners = new Map<HostEvent, Set<Listener>>();

ipcRenderer.on(ipcEventChannel, (_event, name: unknown, payload: unknown) => {
  if (!isHostEvent(name)) return;
  for (const listener of listeners.get(name) ?? []) listener(payload);
});

const host: HostApi = {
  invoke: (channel, args) => {
    if (!isChannel(channel)) {
      return Promise.resolve({ ok: false, error: { name: 'HostError', code: 'unknown_channel', message: 'Unknown host channel.' } });
    }
    return ipcRenderer.invoke(ipcInvokeChannel, channel, args);
  },
  on: <E extends HostEvent>(event: E, listener: (payload: HostEvents[E]) => void) => {
    if (!isHostEvent(event)) return () => undefined;
    const set = listeners.get(event) ?? new Set<Listener>();
    set.add(listener as Listener);
    listeners.set(event, set);
    return () => set.delete(listener as Listener);
  },
};

contextBridge.exposeInMainWorld('host', host);
