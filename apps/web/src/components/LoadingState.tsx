export function LoadingState({ label = 'Loading…', fullScreen = false }: { label?: string; fullScreen?: boolean }) {
  return (
    <div role="status" className={`flex items-center justify-center gap-3 p-8 text-sm text-neutral-600 ${fullScreen ? 'min-h-screen' : ''}`}>
      <span aria-hidden="true" className="size-4 animate-spin rounded-full border-2 border-neutral-300 border-t-accent-700" />
      {label}
    </div>
  );
}
