import type { IndexResult } from '@/payload-types'

type Props = { results: IndexResult[]; title: string; id: string; locale: string }

const WIDTH = 640
const HEIGHT = 260
const PAD = { top: 20, right: 20, bottom: 36, left: 48 }

/**
 * A line chart of scores by year, drawn as SVG on the server: no chart library reaches the browser.
 * Values are labelled on the points (never colour alone); the table beside it carries the same data.
 */
export function IndexChart({ results, title, id, locale }: Props) {
  if (results.length === 0) return null
  const years = results.map((result) => result.year)
  const scores = results.map((result) => result.score)
  const [minYear, maxYear] = [Math.min(...years), Math.max(...years)]
  const low = Math.floor(Math.min(...scores) - 2)
  const high = Math.ceil(Math.max(...scores) + 2)
  const x = (year: number) =>
    maxYear === minYear ? WIDTH / 2 : PAD.left + ((year - minYear) / (maxYear - minYear)) * (WIDTH - PAD.left - PAD.right)
  const y = (score: number) => PAD.top + ((high - score) / (high - low)) * (HEIGHT - PAD.top - PAD.bottom)
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })
  const points = results.map((result) => `${x(result.year)},${y(result.score)}`).join(' ')
  const ticks = [low, (low + high) / 2, high]
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title`} className="h-auto w-full max-w-2xl">
      <title id={`${id}-title`}>{title}</title>
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} stroke="#cbd5e1" />
          <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end" fontSize="12" fill="#334155">
            {number.format(tick)}
          </text>
        </g>
      ))}
      {results.map((result) => (
        <text key={result.year} x={x(result.year)} y={HEIGHT - 12} textAnchor="middle" fontSize="12" fill="#334155">
          {result.year}
        </text>
      ))}
      <polyline points={points} fill="none" stroke="#0b4f9c" strokeWidth="3" />
      {results.map((result) => (
        <g key={`point-${result.year}`}>
          <circle cx={x(result.year)} cy={y(result.score)} r="5" fill="#0b4f9c" />
          <text x={x(result.year)} y={y(result.score) - 10} textAnchor="middle" fontSize="12" fontWeight="bold" fill="#0f172a">
            {number.format(result.score)}
          </text>
        </g>
      ))}
    </svg>
  )
}
