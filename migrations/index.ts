import * as migration_20261126_083457_initial from './20261126_083457_initial';

export const migrations = [
  {
    up: migration_20261126_083457_initial.up,
    down: migration_20261126_083457_initial.down,
    name: '20261126_083457_initial'
  },
];
