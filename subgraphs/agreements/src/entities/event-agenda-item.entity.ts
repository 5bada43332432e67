import { Column, Entity, PrimaryColumn } from 'typeorm';

export type AgendaOutcome = 'APPROVED';

/** A subject an event took up (a session, an item raised), with its outcome where the report gives one. */
@Entity({ name: 'event_agenda_item' })
export class EventAgendaItemEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ name: 'title_fa', type: 'text' })
  titleFa: string;

  @Column({ name: 'title_en', type: 'text' })
  titleEn: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  outcome: AgendaOutcome | null;
}
