import type { ReactNode } from 'react';
import { ApiError } from '../api/api-error.ts';
import { isFieldShown } from '../forms/field-errors.ts';

interface FormAlertProps {
  error: unknown;
  /** Fields already shown beside their inputs; other server issues are listed here instead. */
  shownFields?: readonly string[];
  /** Turns a dotted field path into words (and maybe a link) for issues listed here. */
  describeField?: (field: string) => ReactNode;
}

/** The form-level error: the API's userMessage plus any field problems with no input on screen. */
export function FormAlert({ error, shownFields = [], describeField = (field) => field }: FormAlertProps) {
  if (!error) return null;
  const apiError = error instanceof ApiError ? error : null;
  const message = apiError?.userMessage ?? 'Something went wrong. Please try again.';
  const unshownIssues = apiError?.issues.filter((issue) => !isFieldShown(issue.field, shownFields)) ?? [];
  return (
    <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
      <p className="font-medium">{message}</p>
      {unshownIssues.length > 0 && (
        <ul className="mt-1 list-inside list-disc">
          {unshownIssues.map((issue) => (
            <li key={issue.field + issue.message}>
              {describeField(issue.field)}: {issue.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
