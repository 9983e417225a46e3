// A child process of the benchmark's generator (generate.mjs): renders the
// bodies it is sent with the app's own renderer, as a save would store them.
import { renderMarkdown } from '../../lib/markdown';

process.on('message', (m: { id: number; bodies: string[] }) => {
  process.send!({ id: m.id, html: m.bodies.map(renderMarkdown) });
});
