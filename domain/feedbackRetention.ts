/** How long a closed feedback item keeps its sender's personal data when the site settings say nothing (months). */
export const RETENTION_DEFAULT_MONTHS = 24
