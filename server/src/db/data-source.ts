// Used by the TypeORM CLI only (migration:show / migration:run / migration:generate --check).
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from './options';

export default new DataSource({ ...buildDataSourceOptions(), migrationsRun: false });
