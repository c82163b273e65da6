import { slugify } from '../slugify'

/** Legal normative documents carry the year: 107/2020/NĐ-CP, 15/2024/QĐ-UBND, 80/2015/QH13. */
const NORMATIVE = /^\d+\/\d{4}\/[\p{Lu}\d][\p{L}\d-]*$/u
/** Administrative documents carry no year: 13/CT-TTg, 76/NQ-CP, 111/KH-UBND. */
const ADMINISTRATIVE = /^\d+\/\p{Lu}[\p{L}]*-[\p{L}\d][\p{L}\d-]*$/u
/** Party documents use a hyphen: 04-NQ/TU. */
const PARTY = /^\d+-\p{Lu}[\p{L}]*\/[\p{L}\d][\p{L}\d-]*$/u

export type NumberFormat = 'normative' | 'administrative' | 'party'

/** Which numbering rule a document number follows, or null when it follows none. */
export function numberFormat(number: string): NumberFormat | null {
  const value = number.trim()
  if (NORMATIVE.test(value)) return 'normative'
  if (ADMINISTRATIVE.test(value)) return 'administrative'
  if (PARTY.test(value)) return 'party'
  return null
}

/** Problems with a number, in Vietnamese for the editor; empty when it follows the rules. */
export function numberProblems(number: string): string[] {
  const value = number.trim()
  const problems: string[] = []
  if (value !== number || /\s/.test(value)) problems.push('có khoảng trắng thừa')
  if (!numberFormat(value)) {
    problems.push('không theo dạng 107/2020/NĐ-CP, 13/CT-TTg hoặc 04-NQ/TU')
  } else if (/^\d(?!\d)/.test(value)) {
    problems.push('số nhỏ hơn 10 phải có số 0 đứng trước (ví dụ 04/KH-UBND)')
  }
  return problems
}

/**
 * URL slug of a document: the number, plus the issue year when the number has none (numbers without a
 * year restart every year, so "13/CT-TTg" of 2015 and of 2024 are different documents).
 */
export function documentSlug(number: string, issuedAt: string | Date | null | undefined): string {
  const base = slugify(number)
  if (numberFormat(number) === 'normative' || !issuedAt) return base
  const year = issueYear(issuedAt)
  return base.endsWith(`-${year}`) ? base : `${base}-${year}`
}

/** The year of an issue date, in Vietnam's time zone (dates are stored in UTC). */
export function issueYear(issuedAt: string | Date): number {
  const format = new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' })
  return Number(format.format(new Date(issuedAt)))
}
