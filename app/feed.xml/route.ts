import { newsFeed } from '@/lib/newsFeed'

// Built once, then regenerated when news is published (the list query carries the news tag).
export const dynamic = 'force-static'

/** RSS 2.0: the latest news, in Vietnamese. */
export const GET = () => newsFeed('news', 'vi')
