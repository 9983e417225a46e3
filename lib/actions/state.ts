import type { ZodError } from 'zod';

/**
 * What every form's server action answers with (React's useActionState): one
 * line about the whole form, what is wrong with each field, and everything
 * the person submitted, so a refused form loses nothing.
 */
export type ActionState<V = Record<string, string>> = {
  status: 'idle' | 'saved' | 'invalid' | 'conflict' | 'error';
  /** One sentence for the whole form, shown with role="alert". */
  message?: string;
  /** Per field name, what is wrong with it. */
  errors?: Partial<Record<string, string>>;
  /** What was submitted, to put back in the form. */
  values?: V;
  /** For an edit conflict: the version someone else saved. */
  currentVersion?: number;
  /** For an edit conflict of staged changes: their version now. */
  currentStagedVersion?: number;
  /** For an edit conflict: what the other person saved, to compare and merge field by field. */
  theirs?: V;
};

export const IDLE: ActionState<never> = { status: 'idle' };

/** A form zod refused: the first problem as the message, and every field's first problem next to it. */
export function refused<V>(error: ZodError, values: V): ActionState<V> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    if (field && !errors[field]) errors[field] = issue.message;
  }
  return { status: 'invalid', message: error.issues[0]?.message, errors, values };
}

/** A refusal that is not about the form's shape (taken slug, wrong password, a rule of the site). */
export function failed<V>(message: string, values?: V, field?: string): ActionState<V> {
  return { status: field ? 'invalid' : 'error', message, values, ...(field ? { errors: { [field]: message } } : {}) };
}
