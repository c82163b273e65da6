import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`search_index\` ADD \`date_precision\` text DEFAULT 'day';`)
  // Entries of documents dated by their month or year only take that precision (search shows "2022").
  await db.run(sql`UPDATE \`search_index\` SET \`date_precision\` = COALESCE((
    SELECT \`legal_documents\`.\`issued_at_precision\` FROM \`search_index_rels\`
    JOIN \`legal_documents\` ON \`legal_documents\`.\`id\` = \`search_index_rels\`.\`legal_documents_id\`
    WHERE \`search_index_rels\`.\`parent_id\` = \`search_index\`.\`id\` AND \`search_index_rels\`.\`path\` = 'doc'
  ), 'day') WHERE \`type\` = 'legal-documents';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`search_index\` DROP COLUMN \`date_precision\`;`)
}
