/**
 * A library file's key, the last part of its /media/ address:
 * `<prefix>-<name>[.<width>x<height>].<ext>`. An image's size is part of its
 * address, so a page can reserve its space (no layout shift) without a
 * database read per picture (lib/media/dimensions.ts reads it back). Uploads
 * use a random prefix, the demo content `demo`.
 */
export function mediaKey(prefix: string, name: string, ext: string, size?: { width?: number | null; height?: number | null }): string {
  const dimensions = size?.width && size?.height ? `.${size.width}x${size.height}` : '';
  return `${prefix}-${name}${dimensions}.${ext}`;
}
