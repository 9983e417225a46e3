import type { FollowGroup } from '@/lib/newsletter/choices';
import { labelClass } from '@/components/forms/field-styles';

/** The follow choices as groups of checkboxes named `follow`, for the sign-up and manage forms. */
export function FollowCheckboxes({ groups, checked }: { groups: FollowGroup[]; checked: Set<string> }) {
  return groups.map((g) => (
    <fieldset key={g.legend} className="grid gap-1">
      <legend className={labelClass}>{g.legend}</legend>
      <div className="grid gap-x-4 sm:grid-cols-2">
        {g.options.map((o) => (
          <label key={o.value} className="flex min-h-11 items-center gap-2">
            <input type="checkbox" name="follow" value={o.value} defaultChecked={checked.has(o.value)} className="h-5 w-5" />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  ));
}
