import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Written by hand: the parent of each row of a localized table (`*_locales._parent_id`) and of a
 * hasMany text field's table (`*_texts.parent_id`). Payload reads them with a correlated subquery per
 * document (`where _parent_id = <document>.id`), and declares only `(_locale, _parent_id)` and
 * `(order, parent_id)`, which cannot serve it: every document read scanned the whole table (issue 16:
 * `/tin-tuc?trang=50` 11.9 s at 10,000 documents). A collection config cannot declare them (an index on
 * a localized field goes to `(field, _locale)`), so they are not in the snapshot (the .json): drizzle-kit
 * neither makes nor drops them, but a later migration that rebuilds one of these tables (SQLite's way to
 * change a column) loses its index and must create it again. tests/int/query-plans.int.spec.ts fails if
 * one the pages use goes missing.
 */
const PARENT_INDEXES: [table: string, column: string][] = [
  ['_events_v_locales', '_parent_id'],
  ['_guides_v_locales', '_parent_id'],
  ['_legal_documents_v_locales', '_parent_id'],
  ['_news_v_locales', '_parent_id'],
  ['_pages_v_locales', '_parent_id'],
  ['_procedures_v_locales', '_parent_id'],
  ['_procedures_v_version_channels_fees_locales', '_parent_id'],
  ['_procedures_v_version_channels_locales', '_parent_id'],
  ['_procedures_v_version_dossier_cases_components_locales', '_parent_id'],
  ['_procedures_v_version_dossier_cases_locales', '_parent_id'],
  ['agencies_locales', '_parent_id'],
  ['contact_points_locales', '_parent_id'],
  ['contact_points_phones_locales', '_parent_id'],
  ['document_relations_locales', '_parent_id'],
  ['events_locales', '_parent_id'],
  ['guides_locales', '_parent_id'],
  ['index_results_locales', '_parent_id'],
  ['legal_documents_locales', '_parent_id'],
  ['media_locales', '_parent_id'],
  ['news_categories_locales', '_parent_id'],
  ['news_locales', '_parent_id'],
  ['pages_locales', '_parent_id'],
  ['procedures_channels_fees_locales', '_parent_id'],
  ['procedures_channels_locales', '_parent_id'],
  ['procedures_dossier_cases_components_locales', '_parent_id'],
  ['procedures_dossier_cases_locales', '_parent_id'],
  ['procedures_locales', '_parent_id'],
  ['site_settings_footer_menu_locales', '_parent_id'],
  ['site_settings_header_menu_locales', '_parent_id'],
  ['site_settings_locales', '_parent_id'],
  ['site_settings_organisation_officials_locales', '_parent_id'],
  ['site_settings_portal_links_locales', '_parent_id'],
  ['_legal_documents_v_texts', 'parent_id'],
  ['_procedures_v_texts', 'parent_id'],
  ['legal_documents_texts', 'parent_id'],
  ['procedures_texts', 'parent_id'],
]

const parentIndexName = (table: string) => `${table}_parent_id_idx`

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`_status_createdAt_idx\` ON \`guides\` (\`_status\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_createdAt_idx\` ON \`_guides_v\` (\`version__status\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_document_type_idx\` ON \`legal_documents\` (\`document_type\`);`)
  await db.run(sql`CREATE INDEX \`_status_issuedAt_createdAt_idx\` ON \`legal_documents\` (\`_status\`,\`issued_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_document_type_idx\` ON \`_legal_documents_v\` (\`version_document_type\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_issuedAt_version_createdAt_idx\` ON \`_legal_documents_v\` (\`version__status\`,\`version_issued_at\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishedAt_createdAt_idx\` ON \`news\` (\`_status\`,\`published_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishedAt_version_createdAt_idx\` ON \`_news_v\` (\`version__status\`,\`version_published_at\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_startsAt_createdAt_idx\` ON \`events\` (\`_status\`,\`starts_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_startsAt_version_createdAt_idx\` ON \`_events_v\` (\`version__status\`,\`version_starts_at\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`publishAnswer_answeredAt_idx\` ON \`feedback\` (\`publish_answer\`,\`answered_at\`);`)
  await db.run(sql`CREATE INDEX \`version_publishAnswer_version_answeredAt_idx\` ON \`_feedback_v\` (\`version_publish_answer\`,\`version_answered_at\`);`)
  await db.run(sql`CREATE INDEX \`forPress_createdAt_idx\` ON \`media\` (\`for_press\`,\`created_at\`);`)
  for (const [table, column] of PARENT_INDEXES) {
    await db.run(sql.raw(`CREATE INDEX IF NOT EXISTS \`${parentIndexName(table)}\` ON \`${table}\` (\`${column}\`);`))
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_status_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`legal_documents_document_type_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_issuedAt_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`_legal_documents_v_version_version_document_type_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_issuedAt_version_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_publishedAt_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_publishedAt_version_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_startsAt_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_startsAt_version_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`publishAnswer_answeredAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version_publishAnswer_version_answeredAt_idx\`;`)
  await db.run(sql`DROP INDEX \`forPress_createdAt_idx\`;`)
  for (const [table] of PARENT_INDEXES) await db.run(sql.raw(`DROP INDEX IF EXISTS \`${parentIndexName(table)}\`;`))
}
