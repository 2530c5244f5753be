export function Logo() {
  return (
    <span className="flex items-center gap-2 text-lg font-semibold text-neutral-900">
      <span aria-hidden="true" className="grid size-7 place-items-center rounded-md bg-accent-700 text-sm text-white">
        S
      </span>
      Socialseed
    </span>
  );
}
