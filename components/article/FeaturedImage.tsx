import Image from 'next/image';

// Our uploads go through next/image, resized to what the column needs (`sizes`
// matches the 48rem article column, so phones are not sent desktop-sized files).
// An image hosted elsewhere is shown as is: the optimizer only fetches our own files.
export function FeaturedImage({ url, alt }: { url: string; alt: string }) {
  return (
    <figure className="mt-8">
      {url.startsWith('/media/') ? (
        <Image src={url} alt={alt} width={1200} height={675} sizes="(max-width: 48rem) 100vw, 48rem" className="h-auto w-full rounded" priority />
      ) : (
        // eslint-disable-next-line @next/next/no-img-element
        <img src={url} alt={alt} width={1200} height={675} className="h-auto w-full rounded" />
      )}
    </figure>
  );
}
