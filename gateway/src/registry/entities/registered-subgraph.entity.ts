import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A subgraph name and who owns it: a province code, or NATIONAL for the core subgraphs. */
@Entity({ name: 'registered_subgraph' })
export class RegisteredSubgraphEntity {
  @PrimaryColumn({ type: 'varchar', length: 63 })
  name: string;

  @Column({ type: 'varchar', length: 8 })
  owner: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
