// Library images carry their pixel size in their address
// (/media/<id>-<name>.<width>x<height>.<ext>, see upload.ts): the renderer
// reads it from there, with no database read.
const SIZED = /^\/media\/[\w-]+?\.(\d{1,5})x(\d{1,5})\.(?:jpg|png|webp|gif)$/;

export function dimensionsOf(src: string): { width: number; height: number } | null {
  const m = src.match(SIZED);
  if (!m) return null;
  const width = Number(m[1]);
  const height = Number(m[2]);
  return width > 0 && height > 0 ? { width, height } : null;
}
