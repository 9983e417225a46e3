import Image from 'next/image';

/** The expert's portrait, or their initials on a tinted square when there is none. */
export function ExpertPhoto({ name, url, alt, size }: { name: string; url: string | null; alt: string | null; size: number }) {
  if (url) {
    return <Image src={url} alt={alt ?? name} width={size} height={size} className="rounded object-cover" style={{ width: size, height: size }} />;
  }
  const initials = name
    .split(/\s+/)
    .filter((w) => /^[A-Za-z]/.test(w))
    .map((w) => w[0])
    .filter((_, i, all) => i === 0 || i === all.length - 1)
    .join('');
  return (
    <span
      aria-hidden="true"
      className="inline-flex shrink-0 items-center justify-center rounded bg-brand font-serif font-bold text-white"
      style={{ width: size, height: size, fontSize: size / 2.6 }}
    >
      {initials}
    </span>
  );
}
