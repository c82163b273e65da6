import { label } from './labels'

type Option = { value: string; label: { vi: string; en: string } }

/** Select options from [value, vi, en] triples. */
export const options = (...entries: [string, string, string][]): Option[] =>
  entries.map(([value, vi, en]) => ({ value, label: label(vi, en) }))
