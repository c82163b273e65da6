import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`page_feedback\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`path\` text NOT NULL,
  	\`useful\` text NOT NULL,
  	\`comment\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`page_feedback_path_idx\` ON \`page_feedback\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`page_feedback_updated_at_idx\` ON \`page_feedback\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`page_feedback_created_at_idx\` ON \`page_feedback\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`assignee_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`public_question\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`consent_at\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`notification\` text;`)
  await db.run(sql`CREATE INDEX \`feedback_assignee_idx\` ON \`feedback\` (\`assignee_id\`);`)
  await db.run(sql`ALTER TABLE \`_feedback_v\` ADD \`version_assignee_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_feedback_v\` ADD \`version_public_question\` text;`)
  await db.run(sql`ALTER TABLE \`_feedback_v\` ADD \`version_consent_at\` text;`)
  await db.run(sql`ALTER TABLE \`_feedback_v\` ADD \`version_notification\` text;`)
  await db.run(sql`CREATE INDEX \`_feedback_v_version_version_assignee_idx\` ON \`_feedback_v\` (\`version_assignee_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`page_feedback_id\` text(36) REFERENCES page_feedback(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_page_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`page_feedback_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`page_feedback\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_feedback\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`tracking_code\` text,
  	\`name\` text NOT NULL,
  	\`email\` text,
  	\`phone\` text,
  	\`address\` text,
  	\`subject\` text NOT NULL,
  	\`message\` text NOT NULL,
  	\`procedure_id\` text(36),
  	\`status\` text DEFAULT 'received' NOT NULL,
  	\`answer\` text,
  	\`answered_at\` text,
  	\`publish_answer\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`procedure_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_feedback\`("id", "tracking_code", "name", "email", "phone", "address", "subject", "message", "procedure_id", "status", "answer", "answered_at", "publish_answer", "updated_at", "created_at") SELECT "id", "tracking_code", "name", "email", "phone", "address", "subject", "message", "procedure_id", "status", "answer", "answered_at", "publish_answer", "updated_at", "created_at" FROM \`feedback\`;`)
  await db.run(sql`DROP TABLE \`feedback\`;`)
  await db.run(sql`ALTER TABLE \`__new_feedback\` RENAME TO \`feedback\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`feedback_tracking_code_idx\` ON \`feedback\` (\`tracking_code\`);`)
  await db.run(sql`CREATE INDEX \`feedback_procedure_idx\` ON \`feedback\` (\`procedure_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_updated_at_idx\` ON \`feedback\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`feedback_created_at_idx\` ON \`feedback\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__feedback_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_tracking_code\` text,
  	\`version_name\` text NOT NULL,
  	\`version_email\` text,
  	\`version_phone\` text,
  	\`version_address\` text,
  	\`version_subject\` text NOT NULL,
  	\`version_message\` text NOT NULL,
  	\`version_procedure_id\` text(36),
  	\`version_status\` text DEFAULT 'received' NOT NULL,
  	\`version_answer\` text,
  	\`version_answered_at\` text,
  	\`version_publish_answer\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_procedure_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__feedback_v\`("id", "parent_id", "version_tracking_code", "version_name", "version_email", "version_phone", "version_address", "version_subject", "version_message", "version_procedure_id", "version_status", "version_answer", "version_answered_at", "version_publish_answer", "version_updated_at", "version_created_at", "created_at", "updated_at") SELECT "id", "parent_id", "version_tracking_code", "version_name", "version_email", "version_phone", "version_address", "version_subject", "version_message", "version_procedure_id", "version_status", "version_answer", "version_answered_at", "version_publish_answer", "version_updated_at", "version_created_at", "created_at", "updated_at" FROM \`_feedback_v\`;`)
  await db.run(sql`DROP TABLE \`_feedback_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__feedback_v\` RENAME TO \`_feedback_v\`;`)
  await db.run(sql`CREATE INDEX \`_feedback_v_parent_idx\` ON \`_feedback_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_feedback_v_version_version_tracking_code_idx\` ON \`_feedback_v\` (\`version_tracking_code\`);`)
  await db.run(sql`CREATE INDEX \`_feedback_v_version_version_procedure_idx\` ON \`_feedback_v\` (\`version_procedure_id\`);`)
  await db.run(sql`CREATE INDEX \`_feedback_v_version_version_updated_at_idx\` ON \`_feedback_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_feedback_v_version_version_created_at_idx\` ON \`_feedback_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_feedback_v_created_at_idx\` ON \`_feedback_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_feedback_v_updated_at_idx\` ON \`_feedback_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`procedures_id\` text(36),
  	\`guides_id\` text(36),
  	\`legal_documents_id\` text(36),
  	\`document_relations_id\` text(36),
  	\`news_id\` text(36),
  	\`news_categories_id\` text(36),
  	\`events_id\` text(36),
  	\`pages_id\` text(36),
  	\`contact_points_id\` text(36),
  	\`index_results_id\` text(36),
  	\`agencies_id\` text(36),
  	\`feedback_id\` text(36),
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	\`search_index_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procedures_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guides_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_documents_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`document_relations_id\`) REFERENCES \`document_relations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_categories_id\`) REFERENCES \`news_categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contact_points_id\`) REFERENCES \`contact_points\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`index_results_id\`) REFERENCES \`index_results\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agencies_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feedback_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_index_id\`) REFERENCES \`search_index\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "procedures_id", "guides_id", "legal_documents_id", "document_relations_id", "news_id", "news_categories_id", "events_id", "pages_id", "contact_points_id", "index_results_id", "agencies_id", "feedback_id", "media_id", "users_id", "search_index_id") SELECT "id", "order", "parent_id", "path", "procedures_id", "guides_id", "legal_documents_id", "document_relations_id", "news_id", "news_categories_id", "events_id", "pages_id", "contact_points_id", "index_results_id", "agencies_id", "feedback_id", "media_id", "users_id", "search_index_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_procedures_id_idx\` ON \`payload_locked_documents_rels\` (\`procedures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_guides_id_idx\` ON \`payload_locked_documents_rels\` (\`guides_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_legal_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`legal_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_document_relations_id_idx\` ON \`payload_locked_documents_rels\` (\`document_relations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`news_categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contact_points_id_idx\` ON \`payload_locked_documents_rels\` (\`contact_points_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_index_results_id_idx\` ON \`payload_locked_documents_rels\` (\`index_results_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_agencies_id_idx\` ON \`payload_locked_documents_rels\` (\`agencies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_index_id_idx\` ON \`payload_locked_documents_rels\` (\`search_index_id\`);`)
}
