import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateRegistry1766000000000 implements MigrationInterface {
  name = 'CreateRegistry1766000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE registered_subgraph (
        name varchar(63) PRIMARY KEY CHECK (name ~ '^[a-z][a-z0-9-]*$'),
        owner varchar(8) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE subgraph_version (
        id uuid PRIMARY KEY,
        subgraph_name varchar(63) NOT NULL REFERENCES registered_subgraph(name),
        version integer NOT NULL,
        sdl text NOT NULL,
        routing_url text NOT NULL,
        published_by text NOT NULL,
        forced boolean NOT NULL DEFAULT false,
        published_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (subgraph_name, version)
      )`);
    await db.query(`
      CREATE TABLE supergraph_version (
        version integer PRIMARY KEY,
        sdl text NOT NULL,
        subgraphs jsonb NOT NULL,
        reason text NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE known_operation (
        name varchar(200) PRIMARY KEY,
        client text NOT NULL,
        document text NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['known_operation', 'supergraph_version', 'subgraph_version', 'registered_subgraph'])
      await db.query(`DROP TABLE ${table}`);
  }
}
