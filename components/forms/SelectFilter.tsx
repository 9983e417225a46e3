import { fieldClass, labelClass } from './field-styles';

export type FilterOption = { value: string; label: string };

/** One filter of a GET form: "All …" first, then the choices; the URL keeps the selection. */
export function SelectFilter({ label, name, value, allLabel, options }: { label: string; name: string; value?: string; allLabel: string; options: FilterOption[] }) {
  return (
    <label className={labelClass}>
      {label}
      <select name={name} defaultValue={value ?? ''} className={fieldClass}>
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
