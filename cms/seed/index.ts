import path from 'node:path'

import type { Payload } from 'payload'

import { migrateDatabase } from '../migrateDatabase'
import { slugify } from '@/domain/slugify'
import { type AdminLogin, seedAdmin } from './admin'
import { context, createOnce, localizedRichText } from './createOnce'
import { seedAgencies } from './data/agencies'
import { ONE_STOP, ONE_STOP_CONTACT_KEY } from './data/common'
import { seedContactPoints } from './data/contactPoints'
import { seedEvents } from './data/events'
import { seedGuides } from './data/guides'
import { seedIndexResults } from './data/indexResults'
import { seedDocumentRelations, seedLegalDocuments } from './data/legalDocuments'
import { seedMedia } from './data/media'
import { seedMoreProcedures } from './data/moreProcedures'
import { seedNews } from './data/news'
import { seedNewsCategories } from './data/newsCategories'
import { seedPages } from './data/pages'
import { seedSiteSettings } from './data/siteSettings'
import { inLocale, type L, withRowIds } from './localized'
import { seedProcedures } from './procedures'

export type SeedReport = { admin: AdminLogin | null; created: Record<string, number> }

type Keys = Map<string, string>
const idOf = (keys: Keys, key: string | undefined) => {
  if (!key) return undefined
  const id = keys.get(key)
  if (!id) throw new Error(`seed: unknown key "${key}"`)
  return id
}

async function seedAgencyDocs(payload: Payload, counts: Record<string, number>): Promise<Keys> {
  const keys: Keys = new Map()
  for (const agency of seedAgencies) {
    const { key, parentKey: _parent, successorKey: _successor, ...data } = agency
    keys.set(key, await createOnce(payload, counts, 'agencies', { name: { equals: agency.name.vi } }, data))
  }
  // Links between agencies once all exist (an agency created earlier keeps its links).
  for (const agency of seedAgencies) {
    if (!agency.parentKey && !agency.successorKey) continue
    const id = idOf(keys, agency.key)!
    const current = await payload.findByID({ collection: 'agencies', id, depth: 0 })
    if (current.parent || current.successor) continue
    await payload.update({
      collection: 'agencies',
      id,
      data: { parent: idOf(keys, agency.parentKey), successor: idOf(keys, agency.successorKey) },
      context,
    })
  }
  return keys
}

/** The agency of a procedure by its Vietnamese name, created when the seed data names a new one. */
async function agencyByName(payload: Payload, counts: Record<string, number>, name: L): Promise<string> {
  return createOnce(payload, counts, 'agencies', { name: { equals: name.vi } }, { name, kind: 'department' })
}

async function seedDocuments(payload: Payload, counts: Record<string, number>, agencies: Keys): Promise<Keys> {
  const keys: Keys = new Map()
  for (const document of seedLegalDocuments) {
    const { key, issuerKey, paragraphs, numberUnknown, issuedAtApproximate, ...data } = document
    const issuer = idOf(agencies, issuerKey)!
    const number = numberUnknown ? '' : document.number
    keys.set(
      key,
      await createOnce(
        payload,
        counts,
        'legal-documents',
        { and: [{ title: { equals: document.title.vi } }, { issuer: { equals: issuer } }] },
        {
          ...data,
          number,
          issuer,
          issuedAtPrecision: issuedAtApproximate ? 'year' : 'day',
          fullText: localizedRichText(paragraphs),
        },
      ),
    )
  }
  for (const relation of seedDocumentRelations) {
    const source = idOf(keys, relation.sourceKey)!
    const target = idOf(keys, relation.targetKey)!
    await createOnce(
      payload,
      counts,
      'document-relations',
      { and: [{ source: { equals: source } }, { target: { equals: target } }, { kind: { equals: relation.kind } }] },
      { source, target, kind: relation.kind, note: relation.note },
    )
  }
  return keys
}

async function seedContactPointDocs(payload: Payload, counts: Record<string, number>, agencies: Keys): Promise<Keys> {
  const keys: Keys = new Map()
  for (const { key, agencyKey, ...contact } of seedContactPoints) {
    keys.set(
      key,
      await createOnce(
        payload,
        counts,
        'contact-points',
        { name: { equals: contact.name.vi } },
        {
          ...contact,
          agency: idOf(agencies, agencyKey),
        },
      ),
    )
  }
  return keys
}

async function seedProcedureDocs(payload: Payload, counts: Record<string, number>, contactPoints: Keys) {
  const oneStop = idOf(contactPoints, ONE_STOP_CONTACT_KEY)!
  for (const procedure of [...seedProcedures, ...seedMoreProcedures]) {
    const implementingAgency = await agencyByName(payload, counts, procedure.implementingAgency)
    await createOnce(
      payload,
      counts,
      'procedures',
      { code: { equals: procedure.code } },
      { ...procedure, implementingAgency, receivingPoints: procedure.receivingAddress === ONE_STOP ? [oneStop] : [] },
      ['steps', 'onlineGuide'],
    )
  }
}

async function seedGuideDocs(payload: Payload, counts: Record<string, number>) {
  for (const { key, steps, ...guide } of seedGuides) {
    const procedures = async (codes: string[] = []) => {
      const { docs } = await payload.find({ collection: 'procedures', where: { code: { in: codes } }, depth: 0, pagination: false })
      return docs.map((doc) => doc.id)
    }
    const data = {
      ...guide,
      slug: key,
      steps: await Promise.all(
        steps.map(async ({ paragraphs, procedureCodes, ...step }) => ({
          ...step,
          body: localizedRichText(paragraphs),
          procedures: await procedures(procedureCodes),
        })),
      ),
    }
    await createOnce(payload, counts, 'guides', { slug: { equals: key } }, data, ['steps'])
  }
}

/** Uploads the images of cms/seed/media/ once. */
async function seedMediaDocs(payload: Payload, counts: Record<string, number>): Promise<Keys> {
  const keys: Keys = new Map()
  for (const { key, file, ...data } of seedMedia) {
    // Found again by its alt text: the file name may have gained a suffix if the folder held one already.
    const { docs } = await payload.find({ collection: 'media', where: { alt: { equals: data.alt.vi } }, locale: 'vi', limit: 1, depth: 0 })
    if (docs[0]) {
      keys.set(key, String(docs[0].id))
      continue
    }
    const filePath = path.resolve(process.cwd(), 'cms/seed/media', file)
    const doc = await payload.create({ collection: 'media', locale: 'vi', data: inLocale(data, 'vi') as never, filePath, context })
    await payload.update({ collection: 'media', id: doc.id, locale: 'en', data: inLocale(data, 'en') as never, context })
    counts.media = (counts.media ?? 0) + 1
    keys.set(key, String(doc.id))
  }
  return keys
}

async function seedNewsDocs(payload: Payload, counts: Record<string, number>, documents: Keys, media: Keys) {
  const categories: Keys = new Map()
  for (const { key, ...category } of seedNewsCategories) {
    const slug = slugify(category.name.vi)
    categories.set(key, await createOnce(payload, counts, 'news-categories', { slug: { equals: slug } }, { ...category, slug }))
  }
  for (const { key: _key, categoryKeys, relatedDocumentKeys, paragraphs, coverKey, ...item } of seedNews) {
    const slug = slugify(item.title.vi)
    await createOnce(
      payload,
      counts,
      'news',
      { slug: { equals: slug } },
      {
        ...item,
        slug,
        body: localizedRichText(paragraphs),
        categories: categoryKeys.map((key) => idOf(categories, key)),
        relatedDocuments: relatedDocumentKeys?.map((key) => idOf(documents, key)),
        cover: idOf(media, coverKey),
      },
    )
  }
}

async function seedOtherContent(payload: Payload, counts: Record<string, number>) {
  for (const { key: _key, paragraphs, ...event } of seedEvents) {
    const slug = slugify(event.title.vi)
    await createOnce(payload, counts, 'events', { slug: { equals: slug } }, { ...event, slug, body: localizedRichText(paragraphs) })
  }
  const pages: Keys = new Map()
  for (const { key, parentKey, paragraphs, ...page } of seedPages) {
    pages.set(
      key,
      await createOnce(
        payload,
        counts,
        'pages',
        { slug: { equals: key } },
        {
          ...page,
          slug: key,
          parent: idOf(pages, parentKey),
          body: localizedRichText(paragraphs),
        },
      ),
    )
  }
  for (const result of seedIndexResults) {
    await createOnce(
      payload,
      counts,
      'index-results',
      { and: [{ index: { equals: result.index } }, { year: { equals: result.year } }] },
      result,
    )
  }
}

/** Site settings are filled once, while the organisation has no name. */
async function seedSettings(payload: Payload, counts: Record<string, number>) {
  const current = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  if (current.organisation?.name) return
  await payload.updateGlobal({ slug: 'site-settings', locale: 'vi', data: inLocale(seedSiteSettings, 'vi') as never, context })
  const saved = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  await payload.updateGlobal({
    slug: 'site-settings',
    locale: 'en',
    data: withRowIds(inLocale(seedSiteSettings, 'en'), saved) as never,
    context,
  })
  counts['site-settings'] = 1
}

/** Migrates, then fills the database with demo content. Running it again changes nothing. */
export async function seed(payload: Payload): Promise<SeedReport> {
  await migrateDatabase(payload)
  const admin = await seedAdmin(payload)
  const created: Record<string, number> = {}
  const agencies = await seedAgencyDocs(payload, created)
  const documents = await seedDocuments(payload, created, agencies)
  const contactPoints = await seedContactPointDocs(payload, created, agencies)
  await seedProcedureDocs(payload, created, contactPoints)
  await seedGuideDocs(payload, created)
  await seedNewsDocs(payload, created, documents, await seedMediaDocs(payload, created))
  await seedOtherContent(payload, created)
  await seedSettings(payload, created)
  return { admin, created }
}
