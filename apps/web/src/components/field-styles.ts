export const inputClassName =
  'block w-full rounded-md border border-neutral-300 bg-white px-3 py-2 text-sm shadow-sm ' +
  'placeholder:text-neutral-400 focus:border-accent-600 aria-[invalid=true]:border-red-500 ' +
  'disabled:bg-neutral-100 disabled:text-neutral-500';

export const labelClassName = 'block text-sm font-medium text-neutral-800';

export const hintClassName = 'text-xs text-neutral-500';

/** The ids an input's aria-describedby should list, skipping those not rendered. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => Boolean(id));
  return present.length > 0 ? present.join(' ') : undefined;
}
