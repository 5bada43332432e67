import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** The record type this subgraph's sources and history rows name its items by. */
export const ITEM_RECORD = 'Item';

/**
 * An item of __TITLE__, in this subgraph's own table. Its history and sources are recorded as the record type
 * "Item" (the class name without "Entity"): those tables are this subgraph's own, so the name needs no prefix.
 */
@Entity({ name: 'item' })
export class ItemEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** Federation key of an Organization in the organizations subgraph; never joined here. */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  /** Federation key of a Municipality in the organizations subgraph, where the source names one. */
  @Column({ name: 'municipality_id', type: 'uuid', nullable: true })
  municipalityId: string | null;

  @Column({ name: 'title_fa', type: 'text' })
  titleFa: string;

  @Column({ name: 'title_en', type: 'text', nullable: true })
  titleEn: string | null;

  /** A calendar day, kept as Postgres's 'YYYY-MM-DD'. */
  @Column({ name: 'started_on', type: 'date', nullable: true })
  startedOn: string | null;

  @VersionColumn({ type: 'integer' })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
