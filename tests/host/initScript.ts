/**
 * Runs in the page before the app: defines `window.host` exactly as the
 * Electron preload does (invoke + on, frozen), over the exposed binding.
 * Self-contained: Playwright sends this function's source to the page.
 */
export function installWindowHost(): void {
  type Listener = (payload: unknown) => void;
  const w = window as unknown as {
    __workstationHost: (channel: unknown, args: unknown) => Promise<unknown>;
    __workstationHostEmit?: (event: string, payload: unknown) => void;
  };
  const listeners = new Map<string, Set<Listener>>();

  const decode = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(decode);
    if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      const b64 = record['__wireBytes'];
      if (typeof b64 === 'string') {
        const raw = atob(b64);
        const bytes = new Uint8Array(raw.length);
        for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
        return bytes;
      }
      return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, decode(v)]));
    }
    return value;
  };

  const encode = (value: unknown): unknown => {
    if (value instanceof Uint8Array) {
      let raw = '';
      for (let i = 0; i < value.length; i++) raw += String.fromCharCode(value[i]!);
      return { __wireBytes: btoa(raw) };
    }
    if (Array.isArray(value)) return value.map(encode);
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
    return value;
  };

  const host = Object.freeze({
    invoke: async (channel: unknown, args: unknown) => decode(await w.__workstationHost(channel, encode(args))),
    on: (event: string, listener: Listener) => {
      const set = listeners.get(event) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  });
  Object.defineProperty(window, 'host', { value: host, writable: false, configurable: false });
  w.__workstationHostEmit = (event, payload) => {
    for (const listener of listeners.get(event) ?? []) listener(payload);
  };
}
