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
