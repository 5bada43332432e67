import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An operation a client is known to send: a breaking change names the ones it would break. */
@Entity({ name: 'known_operation' })
export class KnownOperationEntity {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text' })
  client: string;

  @Column({ type: 'text' })
  document: string;
}
