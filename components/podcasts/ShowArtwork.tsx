import Image from 'next/image';

/** A show's square artwork at the size it is shown; our own uploads are resized by next/image. */
export function ShowArtwork({ url, alt, size, priority = false }: { url: string | null; alt: string | null; size: number; priority?: boolean }) {
  if (!url) return <div aria-hidden="true" className="shrink-0 rounded bg-brand" style={{ width: size, height: size }} />;
  return url.startsWith('/media/') ? (
    <Image src={url} alt={alt ?? ''} width={size} height={size} sizes={`${size}px`} className="shrink-0 rounded" priority={priority} />
  ) : (
    // eslint-disable-next-line @next/next/no-img-element
    <img src={url} alt={alt ?? ''} width={size} height={size} className="shrink-0 rounded" />
  );
}
