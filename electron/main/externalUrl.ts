/**
 * Which links may leave the app for the user's browser: https only, no
 * credentials in the URL. Everything else (file:, javascript:, custom
 * schemes that launch programs) is refused.
 */
export function isSafeExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && url.username === '' && url.password === '' && url.hostname.length > 0;
}
