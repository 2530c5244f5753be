import { useRef } from 'react';
import { Button } from '../components/Button.tsx';
import { NewOrganizationForm } from './NewOrganizationForm.tsx';

/** Opens a modal <dialog>, which brings focus trapping and Escape-to-close from the browser. */
export function NewOrganizationButton() {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const close = () => dialogRef.current?.close();
  return (
    <>
      <Button variant="secondary" onClick={() => dialogRef.current?.showModal()}>
        New organization
      </Button>
      <dialog
        ref={dialogRef}
        aria-labelledby="new-organization-title"
        className="m-auto w-full max-w-md rounded-xl border border-neutral-200 p-6 shadow-xl backdrop:bg-neutral-900/40"
      >
        <h2 id="new-organization-title" className="text-lg font-semibold text-neutral-900">
          New organization
        </h2>
        <p className="mt-1 text-sm text-neutral-600">A separate workspace with its own brands, members and settings.</p>
        <NewOrganizationForm onDone={close} />
      </dialog>
    </>
  );
}
