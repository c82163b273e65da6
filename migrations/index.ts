import * as migration_20261126_083829_initial from './20261126_083829_initial';
import * as migration_20261126_095952_receiving_points_press_media from './20261126_095952_receiving_points_press_media';
import * as migration_20261126_100710_search_index from './20261126_100710_search_index';
import * as migration_20261126_102453_feedback_workflow from './20261126_102453_feedback_workflow';
import * as migration_20261201_144459_first_published_at from './20261201_144459_first_published_at';
import * as migration_20261201_150031_users_throttled_not_locked from './20261201_150031_users_throttled_not_locked';
import * as migration_20261201_173203_feedback_procedure_text from './20261201_173203_feedback_procedure_text';
import * as migration_20261201_174124_search_date_precision from './20261201_174124_search_date_precision';
import * as migration_20261201_203904_imports_redirects from './20261201_203904_imports_redirects';
import * as migration_20261201_205826_review_deadlines_menus from './20261201_205826_review_deadlines_menus';
import * as migration_20261201_211639_news_byline from './20261201_211639_news_byline';
import * as migration_20261201_213407_feedback_time_limit_optional from './20261201_213407_feedback_time_limit_optional';
import * as migration_20261201_232543_search_ranking_vocabulary_log from './20261201_232543_search_ranking_vocabulary_log';
import * as migration_20261206_222428_add_query_indexes from './20261206_222428_add_query_indexes';
import * as migration_20261207_012337_add_audit_log from './20261207_012337_add_audit_log';
import * as migration_20261207_013851_feedback_retention from './20261207_013851_feedback_retention';

export const migrations = [
  {
    up: migration_20261126_083829_initial.up,
    down: migration_20261126_083829_initial.down,
    name: '20261126_083829_initial',
  },
  {
    up: migration_20261126_095952_receiving_points_press_media.up,
    down: migration_20261126_095952_receiving_points_press_media.down,
    name: '20261126_095952_receiving_points_press_media',
  },
  {
    up: migration_20261126_100710_search_index.up,
    down: migration_20261126_100710_search_index.down,
    name: '20261126_100710_search_index',
  },
  {
    up: migration_20261126_102453_feedback_workflow.up,
    down: migration_20261126_102453_feedback_workflow.down,
    name: '20261126_102453_feedback_workflow',
  },
  {
    up: migration_20261201_144459_first_published_at.up,
    down: migration_20261201_144459_first_published_at.down,
    name: '20261201_144459_first_published_at',
  },
  {
    up: migration_20261201_150031_users_throttled_not_locked.up,
    down: migration_20261201_150031_users_throttled_not_locked.down,
    name: '20261201_150031_users_throttled_not_locked',
  },
  {
    up: migration_20261201_173203_feedback_procedure_text.up,
    down: migration_20261201_173203_feedback_procedure_text.down,
    name: '20261201_173203_feedback_procedure_text',
  },
  {
    up: migration_20261201_174124_search_date_precision.up,
    down: migration_20261201_174124_search_date_precision.down,
    name: '20261201_174124_search_date_precision',
  },
  {
    up: migration_20261201_203904_imports_redirects.up,
    down: migration_20261201_203904_imports_redirects.down,
    name: '20261201_203904_imports_redirects',
  },
  {
    up: migration_20261201_205826_review_deadlines_menus.up,
    down: migration_20261201_205826_review_deadlines_menus.down,
    name: '20261201_205826_review_deadlines_menus',
  },
  {
    up: migration_20261201_211639_news_byline.up,
    down: migration_20261201_211639_news_byline.down,
    name: '20261201_211639_news_byline',
  },
  {
    up: migration_20261201_213407_feedback_time_limit_optional.up,
    down: migration_20261201_213407_feedback_time_limit_optional.down,
    name: '20261201_213407_feedback_time_limit_optional',
  },
  {
    up: migration_20261201_232543_search_ranking_vocabulary_log.up,
    down: migration_20261201_232543_search_ranking_vocabulary_log.down,
    name: '20261201_232543_search_ranking_vocabulary_log',
  },
  {
    up: migration_20261206_222428_add_query_indexes.up,
    down: migration_20261206_222428_add_query_indexes.down,
    name: '20261206_222428_add_query_indexes',
  },
  {
    up: migration_20261207_012337_add_audit_log.up,
    down: migration_20261207_012337_add_audit_log.down,
    name: '20261207_012337_add_audit_log',
  },
  {
    up: migration_20261207_013851_feedback_retention.up,
    down: migration_20261207_013851_feedback_retention.down,
    name: '20261207_013851_feedback_retention'
  },
];
