import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'cooperation_area' })
export class CooperationAreaEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  code: string;

  @Column({ name: 'name_fa', type: 'text' })
  nameFa: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;
}

@Entity({ name: 'agreement_area' })
export class AgreementAreaEntity {
  @PrimaryColumn({ name: 'agreement_id', type: 'uuid' })
  agreementId: string;

  @PrimaryColumn({ name: 'area_code', type: 'varchar', length: 40 })
  areaCode: string;

  @Column({ type: 'integer' })
  position: number;
}
