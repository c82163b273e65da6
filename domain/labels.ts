/** A bilingual admin label: the admin is Vietnamese by default, English selectable. */
export const label = (vi: string, en: string) => ({ vi, en })
