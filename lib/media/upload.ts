import 'server-only';
import { randomBytes } from 'node:crypto';
import { db } from '../db';
import { slugify } from '../text';
import { storage } from './storage';
import { audioDuration } from '../shared/audio-duration';
import { mediaKey } from '../shared/media-key';

export const LIMITS = { image: 8 * 1024 * 1024, pdf: 30 * 1024 * 1024, audio: 200 * 1024 * 1024 } as const;
export type MediaKind = keyof typeof LIMITS;

// Recognised by their first bytes, not by the name or the type the browser claims.
const signatures: { type: string; ext: string; kind: MediaKind; test: (b: Buffer) => boolean }[] = [
  { type: 'image/jpeg', ext: 'jpg', kind: 'image', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: 'image/png', ext: 'png', kind: 'image', test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { type: 'image/webp', ext: 'webp', kind: 'image', test: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
  { type: 'image/gif', ext: 'gif', kind: 'image', test: (b) => b.subarray(0, 6).toString('latin1').startsWith('GIF8') },
  { type: 'application/pdf', ext: 'pdf', kind: 'pdf', test: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
  // MP3 with an ID3 tag, or a bare MPEG audio frame; M4A (an MP4 box of audio brand); Ogg; WAV.
  { type: 'audio/mpeg', ext: 'mp3', kind: 'audio', test: (b) => b.subarray(0, 3).toString('latin1') === 'ID3' || (b[0] === 0xff && (b[1] & 0xe0) === 0xe0) },
  { type: 'audio/mp4', ext: 'm4a', kind: 'audio', test: (b) => b.subarray(4, 8).toString('latin1') === 'ftyp' && /^(M4A |M4B |mp42|isom)/.test(b.subarray(8, 12).toString('latin1')) },
  { type: 'audio/ogg', ext: 'ogg', kind: 'audio', test: (b) => b.subarray(0, 4).toString('latin1') === 'OggS' },
  { type: 'audio/wav', ext: 'wav', kind: 'audio', test: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WAVE' },
];

export class UploadError extends Error {}

export type Uploaded = { url: string; kind: MediaKind; width: number | null; height: number | null; size: number; fileName: string };

export async function storeUpload(file: File, expected: MediaKind, userId: string): Promise<Uploaded> {
  if (file.size > LIMITS[expected]) throw new UploadError(`The file is larger than ${LIMITS[expected] / 1024 / 1024} MB.`);
  return storeBytes(Buffer.from(await file.arrayBuffer()), file.name, expected, userId);
}

/** Stores a file's bytes (an upload, or an image taken out of an imported document) in the media library. */
export async function storeBytes(bytes: Buffer, fileName: string, expected: MediaKind, userId: string, details: { alt?: string } = {}): Promise<Uploaded> {
  if (bytes.length === 0) throw new UploadError('The file is empty.');
  if (bytes.length > LIMITS[expected]) throw new UploadError(`The file is larger than ${LIMITS[expected] / 1024 / 1024} MB.`);
  const sig = signatures.find((s) => s.test(bytes));
  if (!sig || sig.kind !== expected) {
    throw new UploadError({ image: 'Upload a JPEG, PNG, WebP or GIF image.', pdf: 'Upload a PDF file.', audio: 'Upload an MP3, M4A, Ogg or WAV audio file.' }[expected]);
  }
  let width: number | null = null;
  let height: number | null = null;
  if (sig.kind === 'image') {
    const sharp = (await import('sharp')).default;
    try {
      const meta = await sharp(bytes).metadata();
      width = meta.width ?? null;
      height = meta.height ?? null;
    } catch {
      throw new UploadError('The image could not be read; it may be damaged.');
    }
  }
  // Audio carries its length, for the player and the podcast feed (itunes:duration).
  const durationSeconds = sig.kind === 'audio' ? await audioDuration(bytes, sig.type) : null;
  const base = slugify(fileName.replace(/\.[^.]+$/, ''), 50) || 'file';
  const key = mediaKey(randomBytes(6).toString('hex'), base, sig.ext, { width, height });
  await storage.put(key, bytes, sig.type);
  await db.media.create({ data: { key, kind: sig.kind, contentType: sig.type, size: bytes.length, width, height, durationSeconds, fileName: fileName.slice(0, 200), alt: details.alt?.slice(0, 300) || null, createdById: userId } });
  return { url: `/media/${key}`, kind: sig.kind, width, height, size: bytes.length, fileName };
}

export async function readMedia(key: string): Promise<{ bytes: Buffer; contentType: string } | null> {
  const row = await db.media.findUnique({ where: { key }, select: { contentType: true } });
  if (!row) return null;
  const bytes = await storage.get(key);
  return bytes ? { bytes, contentType: row.contentType } : null;
}
