import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_site_settings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`organisation_phone\` text,
  	\`organisation_email\` text,
  	\`alert_enabled\` integer,
  	\`alert_tone\` text DEFAULT 'info',
  	\`alert_url\` text,
  	\`alert_starts_at\` text,
  	\`alert_ends_at\` text,
  	\`feedback_time_limit\` numeric DEFAULT 10,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_settings\`("id", "organisation_phone", "organisation_email", "alert_enabled", "alert_tone", "alert_url", "alert_starts_at", "alert_ends_at", "feedback_time_limit", "updated_at", "created_at") SELECT "id", "organisation_phone", "organisation_email", "alert_enabled", "alert_tone", "alert_url", "alert_starts_at", "alert_ends_at", "feedback_time_limit", "updated_at", "created_at" FROM \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings\` RENAME TO \`site_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_site_settings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`organisation_phone\` text,
  	\`organisation_email\` text,
  	\`alert_enabled\` integer,
  	\`alert_tone\` text DEFAULT 'info',
  	\`alert_url\` text,
  	\`alert_starts_at\` text,
  	\`alert_ends_at\` text,
  	\`feedback_time_limit\` numeric DEFAULT 10 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_settings\`("id", "organisation_phone", "organisation_email", "alert_enabled", "alert_tone", "alert_url", "alert_starts_at", "alert_ends_at", "feedback_time_limit", "updated_at", "created_at") SELECT "id", "organisation_phone", "organisation_email", "alert_enabled", "alert_tone", "alert_url", "alert_starts_at", "alert_ends_at", "feedback_time_limit", "updated_at", "created_at" FROM \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings\` RENAME TO \`site_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
}
