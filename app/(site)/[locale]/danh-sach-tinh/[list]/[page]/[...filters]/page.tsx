/** A filtered list at page N, a segment per filter: the unfiltered page's component, which reads them from its params (../../../staticList.tsx). */
export { default, generateMetadata, generateStaticParams } from '../page'

/** As ../page.tsx: Next reads a route's segment config from its own file. */
export const revalidate = 600
