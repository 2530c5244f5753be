import { useEffect, useId, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useAuthenticatedUser, useSession } from '../auth/session-context.ts';

/** A disclosure menu: Escape or a click elsewhere closes it and focus returns to the button. */
export function UserMenu() {
  const user = useAuthenticatedUser();
  const { endSession } = useSession();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    }
    function onPointerDown(event: PointerEvent) {
      if (event.target instanceof Node && !containerRef.current?.contains(event.target)) setOpen(false);
    }
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open]);

  async function logOut() {
    await endSession();
    void navigate('/login');
  }

  const itemClassName = 'block w-full rounded px-3 py-2 text-left text-sm text-neutral-800 hover:bg-neutral-100';
  return (
    <div ref={containerRef} className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={menuId}
        aria-label={`Account menu for ${user.name}`}
        onClick={() => setOpen((isOpen) => !isOpen)}
        className="flex items-center gap-2 rounded-full border border-neutral-200 py-1 pl-1 pr-3 text-sm hover:bg-neutral-50"
      >
        <span aria-hidden="true" className="grid size-7 place-items-center rounded-full bg-neutral-800 text-xs font-semibold text-white">
          {user.name.charAt(0).toUpperCase()}
        </span>
        <span className="hidden sm:inline">{user.name}</span>
      </button>
      {open && (
        <div id={menuId} className="absolute right-0 z-20 mt-2 w-56 rounded-lg border border-neutral-200 bg-white p-1 shadow-lg">
          <p className="truncate px-3 py-2 text-xs text-neutral-500">{user.email}</p>
          <Link to="/settings" className={itemClassName} onClick={() => setOpen(false)}>
            Settings
          </Link>
          <button type="button" className={itemClassName} onClick={() => void logOut()}>
            Log out
          </button>
        </div>
      )}
    </div>
  );
}
