/** Editors choose at most this many highlights a program (shared by the page, the form and the check). */
export const MAX_HIGHLIGHTS = 4;

/** The form's highlight selects: highlight1 … highlight4, in page order. */
export const highlightFields = Array.from({ length: MAX_HIGHLIGHTS }, (_, i) => `highlight${i + 1}`);
