import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`procedure_text\` text;`)
  await db.run(sql`ALTER TABLE \`_feedback_v\` ADD \`version_procedure_text\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`feedback\` DROP COLUMN \`procedure_text\`;`)
  await db.run(sql`ALTER TABLE \`_feedback_v\` DROP COLUMN \`version_procedure_text\`;`)
}
