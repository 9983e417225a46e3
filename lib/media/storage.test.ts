// Both media drivers against real storage: a folder, and an S3-compatible
// server (s3rver, from npm) spoken to with the AWS SDK.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import S3rver from 's3rver';
import { createStorage, type MediaStorage } from './storage';

const work = mkdtempSync(path.join(tmpdir(), 'media-storage-'));
const S3_PORT = 4569 + Math.floor(Math.random() * 400);
let s3: S3rver;

beforeAll(async () => {
  s3 = new S3rver({ port: S3_PORT, address: '127.0.0.1', silent: true, directory: path.join(work, 's3'), configureBuckets: [{ name: 'media', configs: [] }] });
  await s3.run();
});
afterAll(async () => {
  await s3.close();
  rmSync(work, { recursive: true, force: true });
});

const drivers: [string, () => MediaStorage][] = [
  ['disk', () => createStorage({ MEDIA_DIR: path.join(work, 'disk') })],
  [
    's3',
    () =>
      createStorage({
        MEDIA_STORAGE: 's3',
        MEDIA_S3_BUCKET: 'media',
        MEDIA_S3_ENDPOINT: `http://127.0.0.1:${S3_PORT}`,
        MEDIA_S3_FORCE_PATH_STYLE: 'true',
        MEDIA_S3_ACCESS_KEY_ID: 'S3RVER',
        MEDIA_S3_SECRET_ACCESS_KEY: 'S3RVER',
      }),
  ],
];

for (const [name, make] of drivers) {
  describe(`media storage on ${name}`, () => {
    it('returns the exact bytes stored, and null for a key never stored', async () => {
      const store = make();
      expect(store.kind).toBe(name);
      const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 255, 10, 13]);
      await store.put('a1b2c3-chart.png', bytes, 'image/png');
      expect((await store.get('a1b2c3-chart.png'))?.equals(bytes)).toBe(true);
      expect(await store.get('never-stored.png')).toBeNull();
    });

    it('a second instance with the same settings reads what the first stored', async () => {
      await make().put('shared-report.pdf', Buffer.from('%PDF-1.7 test'), 'application/pdf');
      expect((await make().get('shared-report.pdf'))?.toString()).toBe('%PDF-1.7 test');
    });

    it('refuses keys that could climb out of the store', async () => {
      const store = make();
      await expect(store.put('../escape.png', Buffer.from('x'), 'image/png')).rejects.toThrow('invalid media key');
      await expect(store.get('nested/key.png')).rejects.toThrow('invalid media key');
    });
  });
}

it('S3 storage without a bucket is a configuration error, said plainly', () => {
  expect(() => createStorage({ MEDIA_STORAGE: 's3' })).toThrow('MEDIA_STORAGE=s3 needs MEDIA_S3_BUCKET');
});
