import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * An operation a client build registered (Apollo's persisted query manifest): in safelist mode the gateway
 * runs these and nothing else. Its id is the SHA-256 of its body, so the same text is one row.
 */
@Entity({ name: 'persisted_operation' })
export class PersistedOperationEntity {
  /** Lower-case hex SHA-256 of `body`. */
  @PrimaryColumn({ type: 'char', length: 64 })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 12 })
  type: string;

  @Column({ type: 'text' })
  body: string;

  /** The subject of the token that registered it first. */
  @Column({ name: 'registered_by', type: 'text' })
  registeredBy: string;

  @CreateDateColumn({ name: 'registered_at', type: 'timestamptz' })
  registeredAt: Date;
}
