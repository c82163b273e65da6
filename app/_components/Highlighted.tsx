import type { TextRange } from '@/domain/search/normalize'

/** Text with the matched words marked (<mark>), from ranges computed by the search. */
export function Highlighted({ text, ranges }: { text: string; ranges: TextRange[] }) {
  const parts: React.ReactNode[] = []
  let at = 0
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start))
    parts.push(
      <mark key={start} className="bg-yellow-200 text-inherit">
        {text.slice(start, end)}
      </mark>,
    )
    at = end
  }
  parts.push(text.slice(at))
  return <>{parts}</>
}
