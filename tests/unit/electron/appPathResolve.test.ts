import { describe, expect, it } from 'vitest';
import { resolveInside } from '../../../electron/main/appPathResolve';
import { isSafeExternalUrl } from '../../../electron/main/externalUrl';
import { isAppUrl } from '../../../electron/main/appOrigin';

describe('serving the renderer from app://', () => {
  const root = '/opt/app/out/renderer';
  it('maps the root to index.html and paths inside the folder to files', () => {
    expect(resolveInside(root, '/')).toBe(`${root}/index.html`);
    expect(resolveInside(root, '/assets/index-abc.js')).toBe(`${root}/assets/index-abc.js`);
  });
  it('refuses paths that escape the renderer folder, encoded or not', () => {
    expect(resolveInside(root, '/../../etc/passwd')).toBeNull();
    expect(resolveInside(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveInside(root, '/assets/%00.js')).toBeNull();
    expect(resolveInside(root, '/%E0%A4%A')).toBeNull();
    expect(resolveInside(root, '/../renderer-evil/x.js')).toBeNull();
  });
});

describe('links and origins', () => {
  it('opens only plain https links outside the app', () => {
    expect(isSafeExternalUrl('https://www.nccn.org/guidelines')).toBe(true);
    for (const bad of ['http://example.org', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'https://user:pw@example.org', 'not a url']) {
      expect(isSafeExternalUrl(bad)).toBe(false);
    }
  });
  it('recognises only the exact app origin', () => {
    expect(isAppUrl('app://workstation/index.html')).toBe(true);
    expect(isAppUrl('app://workstation.evil/index.html')).toBe(false);
    expect(isAppUrl('https://workstation/index.html')).toBe(false);
  });
});
