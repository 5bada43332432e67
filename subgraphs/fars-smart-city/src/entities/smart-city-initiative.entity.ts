import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

export type SmartCityArea = 'SMART_PARKING' | 'SMART_MARKETS';
export type SmartCityStatus = 'PLANNED' | 'IN_PROGRESS' | 'DONE';

/**
 * The record type this subgraph's sources and history rows name initiatives by (the class name without
 * "Entity"). Those tables are this subgraph's own, so the name needs no province prefix.
 */
export const INITIATIVE_RECORD = 'SmartCityInitiative';

/** A smart-city initiative of Fars's cooperation organization, in this subgraph's own table. */
@Entity({ name: 'smart_city_initiative' })
export class SmartCityInitiativeEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** Federation key of an Organization in the organizations subgraph; never joined here. */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  /** Federation key of a Municipality in the organizations subgraph, where the source names it. */
  @Column({ name: 'municipality_id', type: 'uuid', nullable: true })
  municipalityId: string | null;

  @Column({ name: 'title_fa', type: 'text' })
  titleFa: string;

  @Column({ name: 'title_en', type: 'text', nullable: true })
  titleEn: string | null;

  @Column({ type: 'varchar', length: 20 })
  area: SmartCityArea;

  @Column({ type: 'varchar', length: 20 })
  status: SmartCityStatus;

  @VersionColumn({ type: 'integer' })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
