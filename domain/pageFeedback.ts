/** Longest comment a reader may leave with "was this page useful?". */
export const PAGE_COMMENT_MAX = 500
