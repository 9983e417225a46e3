import type { ReactNode } from 'react';
import type { ArticleFormValues } from '@/lib/validation/article';

/** What the article editor hands each of its sections: the form's values, a setter, and its error helpers. */
export type EditorSectionProps = {
  values: ArticleFormValues;
  set: <K extends keyof ArticleFormValues>(key: K, value: ArticleFormValues[K]) => void;
  errors: Partial<Record<string, string>>;
  describedBy: (name: string) => string | undefined;
  fieldError: (name: string) => ReactNode;
};
