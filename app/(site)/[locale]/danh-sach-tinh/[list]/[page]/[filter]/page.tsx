/** A list filtered by one value at page N: the unfiltered page's component, which reads the filter from its params (../../../staticList.tsx). */
export { default, generateMetadata, generateStaticParams } from '../page'

/** As ../page.tsx: Next reads a route's segment config from its own file. */
export const revalidate = 600
