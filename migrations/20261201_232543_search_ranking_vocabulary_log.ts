import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`search_synonyms\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`phrases\` text NOT NULL,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`search_synonyms_updated_at_idx\` ON \`search_synonyms\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`search_synonyms_created_at_idx\` ON \`search_synonyms\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`search_queries\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`query\` text NOT NULL,
  	\`week\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`count\` numeric DEFAULT 0 NOT NULL,
  	\`results\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`search_queries_week_idx\` ON \`search_queries\` (\`week\`);`)
  await db.run(sql`CREATE INDEX \`search_queries_count_idx\` ON \`search_queries\` (\`count\`);`)
  await db.run(sql`CREATE INDEX \`search_queries_results_idx\` ON \`search_queries\` (\`results\`);`)
  await db.run(sql`CREATE INDEX \`search_queries_updated_at_idx\` ON \`search_queries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`search_queries_created_at_idx\` ON \`search_queries\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`week_locale_query_idx\` ON \`search_queries\` (\`week\`,\`locale\`,\`query\`);`)
  await db.run(sql`ALTER TABLE \`search_index\` ADD \`match_summary_vi\` text;`)
  await db.run(sql`ALTER TABLE \`search_index\` ADD \`match_summary_en\` text;`)
  await db.run(sql`ALTER TABLE \`search_index\` ADD \`version\` numeric;`)
  await db.run(sql`CREATE INDEX \`search_index_version_idx\` ON \`search_index\` (\`version\`);`)
  await db.run(sql`ALTER TABLE \`search_index_rels\` ADD \`events_id\` text(36) REFERENCES events(id);`)
  await db.run(sql`ALTER TABLE \`search_index_rels\` ADD \`feedback_id\` text(36) REFERENCES feedback(id);`)
  await db.run(sql`ALTER TABLE \`search_index_rels\` ADD \`index_results_id\` text(36) REFERENCES index_results(id);`)
  await db.run(sql`ALTER TABLE \`search_index_rels\` ADD \`agencies_id\` text(36) REFERENCES agencies(id);`)
  await db.run(sql`CREATE INDEX \`search_index_rels_events_id_idx\` ON \`search_index_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`search_index_rels_feedback_id_idx\` ON \`search_index_rels\` (\`feedback_id\`);`)
  await db.run(sql`CREATE INDEX \`search_index_rels_index_results_id_idx\` ON \`search_index_rels\` (\`index_results_id\`);`)
  await db.run(sql`CREATE INDEX \`search_index_rels_agencies_id_idx\` ON \`search_index_rels\` (\`agencies_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`search_synonyms_id\` text(36) REFERENCES search_synonyms(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`search_queries_id\` text(36) REFERENCES search_queries(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_synonyms_id_idx\` ON \`payload_locked_documents_rels\` (\`search_synonyms_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_queries_id_idx\` ON \`payload_locked_documents_rels\` (\`search_queries_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`search_synonyms\`;`)
  await db.run(sql`DROP TABLE \`search_queries\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_search_index_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`procedures_id\` text(36),
  	\`legal_documents_id\` text(36),
  	\`news_id\` text(36),
  	\`guides_id\` text(36),
  	\`contact_points_id\` text(36),
  	\`pages_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`search_index\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procedures_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_documents_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guides_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contact_points_id\`) REFERENCES \`contact_points\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_search_index_rels\`("id", "order", "parent_id", "path", "procedures_id", "legal_documents_id", "news_id", "guides_id", "contact_points_id", "pages_id") SELECT "id", "order", "parent_id", "path", "procedures_id", "legal_documents_id", "news_id", "guides_id", "contact_points_id", "pages_id" FROM \`search_index_rels\`;`)
  await db.run(sql`DROP TABLE \`search_index_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_search_index_rels\` RENAME TO \`search_index_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`search_index_rels_order_idx\` ON \`search_index_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`search_index_rels_parent_idx\` ON \`search_index_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`search_index_rels_path_idx\` ON \`search_index_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`search_index_rels_procedures_id_idx\` ON \`search_index_rels\` (\`procedures_id\`);`)
  await db.run(sql`CREATE INDEX \`search_index_rels_legal_documents_id_idx\` ON \`search_index_rels\` (\`legal_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`search_index_rels_news_id_idx\` ON \`search_index_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`search_index_rels_guides_id_idx\` ON \`search_index_rels\` (\`guides_id\`);`)
  await db.run(sql`CREATE INDEX \`search_index_rels_contact_points_id_idx\` ON \`search_index_rels\` (\`contact_points_id\`);`)
  await db.run(sql`CREATE INDEX \`search_index_rels_pages_id_idx\` ON \`search_index_rels\` (\`pages_id\`);`)
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
  	\`page_feedback_id\` text(36),
  	\`media_id\` text(36),
  	\`imports_id\` text(36),
  	\`users_id\` text(36),
  	\`search_index_id\` text(36),
  	\`redirects_id\` text(36),
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
  	FOREIGN KEY (\`page_feedback_id\`) REFERENCES \`page_feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`imports_id\`) REFERENCES \`imports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_index_id\`) REFERENCES \`search_index\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "procedures_id", "guides_id", "legal_documents_id", "document_relations_id", "news_id", "news_categories_id", "events_id", "pages_id", "contact_points_id", "index_results_id", "agencies_id", "feedback_id", "page_feedback_id", "media_id", "imports_id", "users_id", "search_index_id", "redirects_id") SELECT "id", "order", "parent_id", "path", "procedures_id", "guides_id", "legal_documents_id", "document_relations_id", "news_id", "news_categories_id", "events_id", "pages_id", "contact_points_id", "index_results_id", "agencies_id", "feedback_id", "page_feedback_id", "media_id", "imports_id", "users_id", "search_index_id", "redirects_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_page_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`page_feedback_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_imports_id_idx\` ON \`payload_locked_documents_rels\` (\`imports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_index_id_idx\` ON \`payload_locked_documents_rels\` (\`search_index_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
  await db.run(sql`DROP INDEX \`search_index_version_idx\`;`)
  await db.run(sql`ALTER TABLE \`search_index\` DROP COLUMN \`match_summary_vi\`;`)
  await db.run(sql`ALTER TABLE \`search_index\` DROP COLUMN \`match_summary_en\`;`)
  await db.run(sql`ALTER TABLE \`search_index\` DROP COLUMN \`version\`;`)
}
