// One look for every form control, public and admin. 44 px tall (WCAG 2.5.8
// target size, with room to spare) and 16 px text, so phones do not zoom in on focus.
/** The frame alone, for a control that sets its own type size. */
export const fieldFrame = 'mt-1 block min-h-11 w-full rounded border border-muted bg-white px-2';

export const fieldClass = `${fieldFrame} text-base`;

/** Multi-line text: the same frame, with room for lines. */
export const textAreaClass = 'mt-1 block w-full rounded border border-muted bg-white px-3 py-2 text-base';

export const labelClass = 'text-sm font-semibold';
