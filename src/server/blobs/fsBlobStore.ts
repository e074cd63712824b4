import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { isSha256 } from './blobStore';
import type { BlobStore, ByteRange } from './blobStore';

/**
 * A BlobStore on the file system at `<root>/<aa>/<sha256>`. A blob appears
 * under its final name only after its bytes were written to a temporary file
 * and read back with the right hash, so a crash never leaves a wrong blob.
 */
export function createFsBlobStore(root: string): BlobStore {
  const pathOf = (sha256: string) => {
    if (!isSha256(sha256)) throw new Error('not a SHA-256 blob name');
    return join(root, sha256.slice(0, 2), sha256);
  };

  return {
    async put(bytes) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const target = pathOf(sha256);
      if (await stat(target).catch(() => null)) return sha256;
      await mkdir(join(root, sha256.slice(0, 2)), { recursive: true });
      const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
      try {
        await writeFile(temp, bytes, { flag: 'wx' });
        const written = createHash('sha256').update(await readFile(temp)).digest('hex');
        if (written !== sha256) throw new Error(`blob ${sha256} did not verify after writing`);
        await rename(temp, target);
      } finally {
        await rm(temp, { force: true });
      }
      return sha256;
    },

    open(sha256: string, range?: ByteRange): Readable {
      return createReadStream(pathOf(sha256), range ? { start: range.start, end: range.end } : {});
    },

    async stat(sha256) {
      if (!isSha256(sha256)) return null;
      const info = await stat(pathOf(sha256)).catch(() => null);
      return info?.isFile() ? { size: info.size } : null;
    },
  };
}
