'use client'

/** Prints the page (Decree 42/2022 Art. 7: every article can be printed and saved). Hidden in print. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print rounded border border-slate-500 px-3 py-1 text-sm hover:bg-slate-100"
    >
      {label}
    </button>
  )
}
