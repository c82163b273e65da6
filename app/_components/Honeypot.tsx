import { HONEYPOT_FIELD } from '@/feedback/validate'

/**
 * A form's honeypot: off-screen and hidden from assistive technology, so people leave it empty.
 * No hooks and no server imports: it renders in server and client components alike.
 */
export function Honeypot({ id, label }: { id: string; label: string }) {
  return (
    <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
      <label htmlFor={id}>{label}</label>
      <input id={id} name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  )
}
