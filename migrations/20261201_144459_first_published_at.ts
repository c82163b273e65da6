import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`procedures_first_published_at_idx\` ON \`procedures\` (\`first_published_at\`);`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_first_published_at_idx\` ON \`_procedures_v\` (\`version_first_published_at\`);`)
  await db.run(sql`ALTER TABLE \`guides\` ADD \`first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`guides_first_published_at_idx\` ON \`guides\` (\`first_published_at\`);`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_first_published_at_idx\` ON \`_guides_v\` (\`version_first_published_at\`);`)
  await db.run(sql`ALTER TABLE \`legal_documents\` ADD \`first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`legal_documents_first_published_at_idx\` ON \`legal_documents\` (\`first_published_at\`);`)
  await db.run(sql`ALTER TABLE \`_legal_documents_v\` ADD \`version_first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_first_published_at_idx\` ON \`_legal_documents_v\` (\`version_first_published_at\`);`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`news_first_published_at_idx\` ON \`news\` (\`first_published_at\`);`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_first_published_at_idx\` ON \`_news_v\` (\`version_first_published_at\`);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`events_first_published_at_idx\` ON \`events\` (\`first_published_at\`);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_first_published_at_idx\` ON \`_events_v\` (\`version_first_published_at\`);`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`pages_first_published_at_idx\` ON \`pages\` (\`first_published_at\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_first_published_at_idx\` ON \`_pages_v\` (\`version_first_published_at\`);`)
  // Documents published before this field existed: the earliest published version, else their last save.
  for (const table of ['procedures', 'guides', 'legal_documents', 'news', 'events', 'pages']) {
    const versions = `_${table}_v`
    await db.run(
      sql.raw(`UPDATE \`${table}\` SET \`first_published_at\` = COALESCE(
        (SELECT MIN(v.\`updated_at\`) FROM \`${versions}\` v WHERE v.\`parent_id\` = \`${table}\`.\`id\` AND v.\`version__status\` = 'published'),
        \`updated_at\`)
      WHERE \`_status\` = 'published'
        OR EXISTS (SELECT 1 FROM \`${versions}\` v WHERE v.\`parent_id\` = \`${table}\`.\`id\` AND v.\`version__status\` = 'published');`),
    )
    await db.run(
      sql.raw(`UPDATE \`${versions}\` SET \`version_first_published_at\` =
        (SELECT d.\`first_published_at\` FROM \`${table}\` d WHERE d.\`id\` = \`${versions}\`.\`parent_id\`)
      WHERE \`updated_at\` >= (SELECT d.\`first_published_at\` FROM \`${table}\` d WHERE d.\`id\` = \`${versions}\`.\`parent_id\`);`),
    )
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`procedures_first_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`procedures\` DROP COLUMN \`first_published_at\`;`)
  await db.run(sql`DROP INDEX \`_procedures_v_version_version_first_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` DROP COLUMN \`version_first_published_at\`;`)
  await db.run(sql`DROP INDEX \`guides_first_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`guides\` DROP COLUMN \`first_published_at\`;`)
  await db.run(sql`DROP INDEX \`_guides_v_version_version_first_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` DROP COLUMN \`version_first_published_at\`;`)
  await db.run(sql`DROP INDEX \`legal_documents_first_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`legal_documents\` DROP COLUMN \`first_published_at\`;`)
  await db.run(sql`DROP INDEX \`_legal_documents_v_version_version_first_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_legal_documents_v\` DROP COLUMN \`version_first_published_at\`;`)
  await db.run(sql`DROP INDEX \`news_first_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`first_published_at\`;`)
  await db.run(sql`DROP INDEX \`_news_v_version_version_first_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_first_published_at\`;`)
  await db.run(sql`DROP INDEX \`events_first_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`first_published_at\`;`)
  await db.run(sql`DROP INDEX \`_events_v_version_version_first_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_first_published_at\`;`)
  await db.run(sql`DROP INDEX \`pages_first_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`first_published_at\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_version_version_first_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_first_published_at\`;`)
}
