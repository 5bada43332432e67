import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** One published version of a subgraph's schema: append-only. */
@Entity({ name: 'subgraph_version' })
export class SubgraphVersionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'subgraph_name', type: 'varchar', length: 63 })
  subgraphName: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'text' })
  sdl: string;

  @Column({ name: 'routing_url', type: 'text' })
  routingUrl: string;

  @Column({ name: 'published_by', type: 'text' })
  publishedBy: string;

  /** Published over breaking changes by a national admin. */
  @Column({ type: 'boolean', default: false })
  forced: boolean;

  @CreateDateColumn({ name: 'published_at', type: 'timestamptz' })
  publishedAt: Date;
}
