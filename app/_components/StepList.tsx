import type { Media } from '@/payload-types'
import { populated } from '@/lib/queries/populated'

type Step = { id?: string | null; title: string; description?: string | null; screenshot?: string | Media | null }

/** Numbered steps with optional details and screenshot (trình tự thực hiện, hướng dẫn nộp trực tuyến). */
export function StepList({ steps }: { steps: Step[] }) {
  return (
    <ol className="max-w-3xl list-decimal space-y-3 pl-6">
      {steps.map((step, index) => {
        const screenshot = populated(step.screenshot)
        return (
          <li key={step.id ?? index}>
            <strong>{step.title}</strong>
            {step.description ? <p className="mt-1 whitespace-pre-line">{step.description}</p> : null}
            {screenshot?.url ? (
              // eslint-disable-next-line @next/next/no-img-element -- small screenshots, no optimiser needed
              <img src={screenshot.url} alt={screenshot.alt} loading="lazy" className="mt-2 max-w-full border border-slate-300" />
            ) : null}
          </li>
        )
      })}
    </ol>
  )
}
