import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A composed supergraph: the highest version is the one gateways serve. Append-only; a rollback appends. */
@Entity({ name: 'supergraph_version' })
export class SupergraphVersionEntity {
  @PrimaryColumn({ type: 'integer' })
  version: number;

  @Column({ type: 'text' })
  sdl: string;

  /** The subgraph versions it was composed from: name → version id. */
  @Column({ type: 'jsonb' })
  subgraphs: Record<string, string>;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
