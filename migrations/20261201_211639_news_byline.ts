import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`news\` ADD \`author\` text;`)
  await db.run(sql`ALTER TABLE \`news_locales\` ADD \`source\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_author\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v_locales\` ADD \`version_source\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`author\`;`)
  await db.run(sql`ALTER TABLE \`news_locales\` DROP COLUMN \`source\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_author\`;`)
  await db.run(sql`ALTER TABLE \`_news_v_locales\` DROP COLUMN \`version_source\`;`)
}
