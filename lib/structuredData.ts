import type { LegalDocument, News, Procedure } from '@/payload-types'
import { populated } from './queries/populated'
import { builtSiteUrl } from '@/domain/siteUrl'

/** schema.org GovernmentService for a procedure page. */
export const procedureLd = (procedure: Procedure, url: string) => ({
  '@type': 'GovernmentService',
  name: procedure.name,
  identifier: procedure.code,
  serviceType: procedure.field,
  url,
  provider: populated(procedure.implementingAgency)?.name
    ? { '@type': 'GovernmentOrganization', name: populated(procedure.implementingAgency)!.name }
    : undefined,
  ...(procedure.onlineService?.url && procedure.onlineService.level !== 'none'
    ? { availableChannel: { '@type': 'ServiceChannel', serviceUrl: procedure.onlineService.url } }
    : {}),
})

/** schema.org Legislation for a legal document page. */
export const legislationLd = (document: LegalDocument, url: string) => ({
  '@type': 'Legislation',
  name: document.title,
  legislationIdentifier: document.number || undefined,
  legislationDate: document.issuedAt?.slice(0, 10),
  legislationPassedBy: document.issuerNameAtTime ? { '@type': 'GovernmentOrganization', name: document.issuerNameAtTime } : undefined,
  inLanguage: 'vi',
  url,
})

/** schema.org NewsArticle for a news page. */
export const newsArticleLd = (news: News, url: string, publisher: string) => ({
  '@type': 'NewsArticle',
  headline: news.title,
  description: news.excerpt ?? undefined,
  datePublished: news.publishedAt ?? undefined,
  dateModified: news.updatedAt,
  image: populated(news.cover)?.url ? [builtSiteUrl() + populated(news.cover)!.url] : undefined,
  mainEntityOfPage: url,
  publisher: { '@type': 'GovernmentOrganization', name: publisher },
})

/** schema.org WebSite with its search, so search engines and browsers can offer the portal's own search. */
export const websiteLd = (name: string, searchPath: string) => ({
  '@type': 'WebSite',
  name,
  url: builtSiteUrl(),
  potentialAction: {
    '@type': 'SearchAction',
    target: `${builtSiteUrl()}${searchPath}?q={search_term_string}`,
    'query-input': 'required name=search_term_string',
  },
})

/** schema.org FAQPage for the published questions and answers. */
export const faqLd = (items: { question: string; answer: string }[]) => ({
  '@type': 'FAQPage',
  mainEntity: items.map(({ question, answer }) => ({
    '@type': 'Question',
    name: question,
    acceptedAnswer: { '@type': 'Answer', text: answer },
  })),
})
