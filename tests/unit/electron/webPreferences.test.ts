import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from '../../../electron/main/webPreferences';
import { contentSecurityPolicy } from '../../../electron/main/contentSecurityPolicy';

describe('window hardening', () => {
  it('isolates and sandboxes every window and keeps Node out of the renderer', () => {
    const prefs = secureWebPreferences('/p/index.cjs');
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('allows scripts only from the app, never inline or eval', () => {
    const scriptSrc = contentSecurityPolicy.split('; ').find((d) => d.startsWith('script-src '));
    expect(scriptSrc).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(contentSecurityPolicy).toContain("default-src 'none'");
    expect(contentSecurityPolicy).toContain("object-src 'none'");
    expect(contentSecurityPolicy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  });
});
