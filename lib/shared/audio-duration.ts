// An audio file's length, read from the file itself (music-metadata): the
// upload path and the demo seed both use it.

/** Whole seconds of audio, or null when the file does not say and cannot be measured. */
export async function audioDuration(bytes: Buffer, mimeType: string): Promise<number | null> {
  const { parseBuffer } = await import('music-metadata');
  try {
    // `duration: true` counts MPEG frames when an MP3 has no header stating its length.
    const meta = await parseBuffer(new Uint8Array(bytes), { mimeType, size: bytes.length }, { duration: true, skipCovers: true });
    const seconds = meta.format.duration;
    return seconds && Number.isFinite(seconds) ? Math.max(1, Math.round(seconds)) : null;
  } catch {
    return null;
  }
}
