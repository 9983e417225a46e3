'use client';

import { useRef, useState } from 'react';

const SPEEDS = [1, 1.25, 1.5, 2] as const;

/**
 * The episode's audio: the browser's own player (keyboard and screen-reader
 * operable everywhere), plus labelled buttons to jump back and forward and to
 * change the speed, which the native controls lack or hide in a menu.
 */
export function EpisodePlayer({ src, type, title }: { src: string; type: string; title: string }) {
  const audio = useRef<HTMLAudioElement>(null);
  const [speed, setSpeed] = useState<number>(1);
  const skip = (seconds: number) => {
    const el = audio.current;
    if (el) el.currentTime = Math.max(0, Math.min(el.duration || Infinity, el.currentTime + seconds));
  };
  return (
    <div className="mt-2">
      {/* Nothing is downloaded until the reader presses play, beyond the length. */}
      <audio ref={audio} controls preload="metadata" className="w-full" aria-label={`Listen: ${title}`} data-testid="episode-audio">
        <source src={src} type={type} />
        Your browser cannot play this audio: <a href={src}>download the episode</a>.
      </audio>
      <div className="mt-2 flex flex-wrap items-center gap-2 text-sm" role="group" aria-label="Playback">
        <button type="button" onClick={() => skip(-15)} className="min-h-11 rounded border border-rule bg-white px-3 font-semibold hover:border-brand">
          Back 15 s
        </button>
        <button type="button" onClick={() => skip(30)} className="min-h-11 rounded border border-rule bg-white px-3 font-semibold hover:border-brand">
          Forward 30 s
        </button>
        <label className="flex items-center gap-2 font-semibold">
          Speed
          <select
            value={speed}
            onChange={(e) => {
              const v = Number(e.target.value);
              setSpeed(v);
              if (audio.current) audio.current.playbackRate = v;
            }}
            className="min-h-11 rounded border border-rule bg-white px-2"
          >
            {SPEEDS.map((s) => (
              <option key={s} value={s}>{s}×</option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
}
