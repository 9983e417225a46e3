import { describe, expect, it } from 'vitest';
import { embedFor } from './embeds';
import { renderMarkdown } from './markdown';

describe('which addresses become embeds', () => {
  it('recognises the allow-listed players and charts, in the forms people copy', () => {
    expect(embedFor('https://www.youtube.com/watch?v=dQw4w9WgXcQ')?.src).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1');
    expect(embedFor('https://youtu.be/dQw4w9WgXcQ?t=42')?.src).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&start=42');
    expect(embedFor('https://www.youtube.com/shorts/dQw4w9WgXcQ')?.kind).toBe('video');
    expect(embedFor('https://vimeo.com/76979871')?.src).toBe('https://player.vimeo.com/video/76979871?autoplay=1&dnt=1');
    expect(embedFor('https://datawrapper.dwcdn.net/AbC12/3/')).toMatchObject({ kind: 'chart', provider: 'Datawrapper' });
    expect(embedFor('https://public.flourish.studio/visualisation/1234567/')?.src).toBe('https://flo.uri.sh/visualisation/1234567/embed');
    expect(embedFor('/media/ab12-episode-4.mp3')).toMatchObject({ kind: 'audio', src: '/media/ab12-episode-4.mp3' });
    expect(embedFor('/media/ab12-report.pdf')?.kind).toBe('pdf');
  });

  it('leaves everything else a link: other sites, look-alike hosts, bad ids, scripts', () => {
    for (const url of [
      'https://example.org/video',
      'https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ',
      'https://www.youtube.com/watch?v=short',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ"onload="x',
      'javascript:alert(1)',
      '/media/../secret.mp3',
      '/media/photo.png',
      'https://vimeo.com/channels/staffpicks',
    ]) expect(embedFor(url), url).toBeNull();
  });
});

describe('how an embed is drawn', () => {
  const html = renderMarkdown('Before.\n\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n\n[/media/ab12-episode-4.mp3](/media/ab12-episode-4.mp3)\n\nSee [this talk](https://www.youtube.com/watch?v=dQw4w9WgXcQ).\n');

  it('loads nothing from the provider until the reader presses play: the frame holds a local page', () => {
    const iframe = html.match(/<iframe[^>]*>/)![0];
    expect(iframe).toContain('srcdoc=');
    expect(iframe).not.toMatch(/\ssrc=/);
    expect(iframe).toContain('title="YouTube video');
    expect(html).toContain('Watch on YouTube');
  });

  it('gives audio from our library a native, keyboard-usable player that fetches nothing before play', () => {
    expect(html).toContain('<audio controls preload="none" src="/media/ab12-episode-4.mp3">');
    expect(html).toContain('Download the audio (MP3)');
  });

  it('keeps a link with words a link, and leaves pieces without embeds exactly as before', () => {
    expect(html).toContain('<a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">this talk</a>');
    expect(renderMarkdown('Plain [link](https://example.org).')).toBe('<p>Plain <a href="https://example.org">link</a>.</p>');
  });
});

describe('pictures', () => {
  it('a library picture gets its size from its address and later ones load lazily; a titled picture alone is a captioned figure', () => {
    const html = renderMarkdown('![First chart](/media/ab12-chart.640x360.png)\n\nText.\n\n![Second chart](/media/cd34-map.1200x800.jpg "Ukraine’s front line in May. Map: CNAS")\n');
    expect(html).toContain('<img src="/media/ab12-chart.640x360.png" alt="First chart" width="640" height="360" decoding="async">');
    expect(html).toContain('<figure class="picture"><img src="/media/cd34-map.1200x800.jpg" alt="Second chart" width="1200" height="800" loading="lazy" decoding="async"><figcaption>Ukraine’s front line in May. Map: CNAS</figcaption></figure>');
  });
  it('a picture from elsewhere, or uploaded before sizes were kept, renders exactly as before', () => {
    expect(renderMarkdown('![x](https://example.org/a.png "A title")')).toBe('<p><img src="https://example.org/a.png" alt="x" title="A title"></p>');
    expect(renderMarkdown('![x](/media/ab12-old-upload.png)')).toBe('<p><img src="/media/ab12-old-upload.png" alt="x"></p>');
  });
});
