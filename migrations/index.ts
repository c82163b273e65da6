import * as migration_20261126_083829_initial from './20261126_083829_initial';

export const migrations = [
  {
    up: migration_20261126_083829_initial.up,
    down: migration_20261126_083829_initial.down,
    name: '20261126_083829_initial'
  },
];
