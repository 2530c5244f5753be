import { useState } from 'react';
import { useMediaUrl } from '../hooks/use-media-url.ts';
import { Button } from './Button.tsx';

/** Plays an uploaded video once asked to: only then are its bytes (up to 100 MiB) fetched. */
export function VideoPreview({ mediaId, label }: { mediaId: string; label: string }) {
  const [open, setOpen] = useState(false);
  const { url, failed } = useMediaUrl(mediaId, open);
  if (!open) {
    return (
      <Button variant="ghost" className="px-2 py-1 text-xs" onClick={() => setOpen(true)}>
        Play<span className="sr-only"> {label}</span>
      </Button>
    );
  }
  if (failed) return <p className="text-xs text-red-700">The video could not be loaded.</p>;
  if (!url) return <p role="status" className="text-xs text-neutral-600">Loading the video…</p>;
  return <video src={url} aria-label={label} muted controls preload="metadata" className="w-48 rounded-md border border-neutral-200 bg-black" />;
}
