import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A project carried out under an agreement; the project is the projects subgraph's, known by key only. */
@Entity({ name: 'agreement_project' })
export class AgreementProjectEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'agreement_id', type: 'uuid' })
  agreementId: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;
}
