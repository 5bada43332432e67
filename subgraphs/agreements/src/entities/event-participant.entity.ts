import { Column, Entity, PrimaryColumn } from 'typeorm';

export type EventParticipantRole = 'HOST' | 'CONVENER' | 'PARTICIPANT' | 'SPEAKER' | 'ANNOUNCER' | 'VISITED';

/** Who took part in an event, as the report names them: a body, a group, an organization or a person. */
@Entity({ name: 'event_participant' })
export class EventParticipantEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ name: 'name_fa', type: 'text' })
  nameFa: string;

  @Column({ name: 'name_en', type: 'text', nullable: true })
  nameEn: string | null;

  @Column({ type: 'varchar', length: 20 })
  role: EventParticipantRole;

  /** Federation key of a cooperation Organization, when the participant is one. */
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  /** Federation key of a Person (organizations subgraph), when the report names one. */
  @Column({ name: 'person_id', type: 'uuid', nullable: true })
  personId: string | null;
}
