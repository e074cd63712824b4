import http from 'node:http';

/** A plain HTTP GET that only counts the bytes: the baseline cost of moving them over loopback. */
export function rawGet(url: string, token: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http.get(url, { headers: { authorization: `Bearer ${token}` } }, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => (bytes += c.byteLength));
      res.on('end', () => resolve(bytes));
      res.on('error', reject);
    }).on('error', reject);
  });
}
