import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`site_settings_public_holidays\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_public_holidays_order_idx\` ON \`site_settings_public_holidays\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_public_holidays_parent_id_idx\` ON \`site_settings_public_holidays\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`review_interval_months\` numeric DEFAULT 12;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`review_due_at\` text;`)
  await db.run(sql`CREATE INDEX \`procedures_review_due_at_idx\` ON \`procedures\` (\`review_due_at\`);`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_review_interval_months\` numeric DEFAULT 12;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_review_due_at\` text;`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_review_due_at_idx\` ON \`_procedures_v\` (\`version_review_due_at\`);`)
  await db.run(sql`ALTER TABLE \`guides\` ADD \`last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`guides\` ADD \`review_interval_months\` numeric DEFAULT 12;`)
  await db.run(sql`ALTER TABLE \`guides\` ADD \`review_due_at\` text;`)
  await db.run(sql`CREATE INDEX \`guides_review_due_at_idx\` ON \`guides\` (\`review_due_at\`);`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_review_interval_months\` numeric DEFAULT 12;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_review_due_at\` text;`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_review_due_at_idx\` ON \`_guides_v\` (\`version_review_due_at\`);`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`review_interval_months\` numeric DEFAULT 12;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`review_due_at\` text;`)
  await db.run(sql`CREATE INDEX \`pages_review_due_at_idx\` ON \`pages\` (\`review_due_at\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_review_interval_months\` numeric DEFAULT 12;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_review_due_at\` text;`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_review_due_at_idx\` ON \`_pages_v\` (\`version_review_due_at\`);`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`due_at\` text;`)
  await db.run(sql`CREATE INDEX \`feedback_due_at_idx\` ON \`feedback\` (\`due_at\`);`)
  await db.run(sql`ALTER TABLE \`_feedback_v\` ADD \`version_due_at\` text;`)
  await db.run(sql`CREATE INDEX \`_feedback_v_version_version_due_at_idx\` ON \`_feedback_v\` (\`version_due_at\`);`)
  // Menu addresses become per language: each language keeps the address the menu had (edited by hand).
  await db.run(sql`ALTER TABLE \`site_settings_header_menu_locales\` ADD \`url\` text NOT NULL DEFAULT '';`)
  await db.run(sql`ALTER TABLE \`site_settings_footer_menu_locales\` ADD \`url\` text NOT NULL DEFAULT '';`)
  await db.run(sql`UPDATE \`site_settings_header_menu_locales\` SET \`url\` = (SELECT \`url\` FROM \`site_settings_header_menu\` m WHERE m.\`id\` = \`_parent_id\`);`)
  await db.run(sql`UPDATE \`site_settings_footer_menu_locales\` SET \`url\` = (SELECT \`url\` FROM \`site_settings_footer_menu\` m WHERE m.\`id\` = \`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`feedback_time_limit\` numeric DEFAULT 10 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`site_settings_header_menu\` DROP COLUMN \`url\`;`)
  await db.run(sql`ALTER TABLE \`site_settings_footer_menu\` DROP COLUMN \`url\`;`)
  // Content already there falls due for review 12 months after its last review, or its first publication (edited by hand).
  for (const table of ['procedures', 'guides', 'pages']) {
    await db.run(
      sql.raw(
        `UPDATE \`${table}\` SET \`review_due_at\` = strftime('%Y-%m-%dT%H:%M:%fZ', coalesce(\`last_reviewed_at\`, \`first_published_at\`, \`created_at\`), '+12 months') WHERE \`review_due_at\` IS NULL;`,
      ),
    )
  }
  // Feedback already received gets its deadline after the last migration (fillFeedbackDueDates in
  // cms/migrateDatabase.ts): read through the Local API here, it would ask for columns that later
  // migrations add.
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`site_settings_public_holidays\`;`)
  await db.run(sql`DROP INDEX \`procedures_review_due_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`procedures\` DROP COLUMN \`review_interval_months\`;`)
  await db.run(sql`ALTER TABLE \`procedures\` DROP COLUMN \`review_due_at\`;`)
  await db.run(sql`DROP INDEX \`_procedures_v_version_version_review_due_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` DROP COLUMN \`version_review_interval_months\`;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` DROP COLUMN \`version_review_due_at\`;`)
  await db.run(sql`DROP INDEX \`guides_review_due_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`guides\` DROP COLUMN \`last_reviewed_at\`;`)
  await db.run(sql`ALTER TABLE \`guides\` DROP COLUMN \`review_interval_months\`;`)
  await db.run(sql`ALTER TABLE \`guides\` DROP COLUMN \`review_due_at\`;`)
  await db.run(sql`DROP INDEX \`_guides_v_version_version_review_due_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` DROP COLUMN \`version_last_reviewed_at\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` DROP COLUMN \`version_review_interval_months\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` DROP COLUMN \`version_review_due_at\`;`)
  await db.run(sql`DROP INDEX \`pages_review_due_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`last_reviewed_at\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`review_interval_months\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`review_due_at\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_version_version_review_due_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_last_reviewed_at\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_review_interval_months\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_review_due_at\`;`)
  await db.run(sql`DROP INDEX \`feedback_due_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`feedback\` DROP COLUMN \`due_at\`;`)
  await db.run(sql`DROP INDEX \`_feedback_v_version_version_due_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_feedback_v\` DROP COLUMN \`version_due_at\`;`)
  await db.run(sql`ALTER TABLE \`site_settings_header_menu\` ADD \`url\` text NOT NULL;`)
  await db.run(sql`ALTER TABLE \`site_settings_footer_menu\` ADD \`url\` text NOT NULL;`)
  await db.run(sql`ALTER TABLE \`site_settings_header_menu_locales\` DROP COLUMN \`url\`;`)
  await db.run(sql`ALTER TABLE \`site_settings_footer_menu_locales\` DROP COLUMN \`url\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`feedback_time_limit\`;`)
}
