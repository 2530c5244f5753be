import { Button } from './Button.tsx';

interface PaginationProps {
  page: number;
  pageCount: number;
  onPageChange: (page: number) => void;
  busy?: boolean;
}

export function Pagination({ page, pageCount, onPageChange, busy = false }: PaginationProps) {
  return (
    <nav aria-label="Pagination" className="mt-4 flex items-center justify-between text-sm">
      <Button variant="secondary" disabled={page <= 1 || busy} onClick={() => onPageChange(page - 1)}>
        Previous page
      </Button>
      <span aria-live="polite">
        Page {page} of {pageCount}
      </span>
      <Button variant="secondary" disabled={page >= pageCount || busy} onClick={() => onPageChange(page + 1)}>
        Next page
      </Button>
    </nav>
  );
}
