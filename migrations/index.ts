import * as migration_20261126_073416_initial from './20261126_073416_initial';

export const migrations = [
  {
    up: migration_20261126_073416_initial.up,
    down: migration_20261126_073416_initial.down,
    name: '20261126_073416_initial'
  },
];
