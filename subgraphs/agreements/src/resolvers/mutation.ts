import type { DateInputValue } from '../domain/agreement-filter';
import type { CreateAgreementInput, UpdateAgreementInput } from '../domain/agreement-input';
import type { AgreementPartyInput } from '../domain/agreement-rules';
import type { AgreementsContext } from '../loaders';
import {
  addAgreementParty,
  amendAgreement,
  createAgreement,
  linkAgreementProject,
  terminateAgreement,
  updateAgreement,
  type AmendAgreementInput,
} from '../mutations/agreement-mutations';

export const Mutation = {
  createAgreement: (_: unknown, args: { input: CreateAgreementInput }, ctx: AgreementsContext) => createAgreement(ctx, args.input),
  updateAgreement: (_: unknown, args: { id: string; version: number; input: UpdateAgreementInput }, ctx: AgreementsContext) =>
    updateAgreement(ctx, args),
  addAgreementParty: (_: unknown, args: { agreementId: string; version: number; party: AgreementPartyInput }, ctx: AgreementsContext) =>
    addAgreementParty(ctx, args),
  linkAgreementProject: (_: unknown, args: { agreementId: string; version: number; projectId: string }, ctx: AgreementsContext) =>
    linkAgreementProject(ctx, args),
  amendAgreement: (_: unknown, args: { agreementId: string; version: number; input: AmendAgreementInput }, ctx: AgreementsContext) =>
    amendAgreement(ctx, args),
  terminateAgreement: (
    _: unknown,
    args: { agreementId: string; version: number; terminatedOn: DateInputValue; reason: string },
    ctx: AgreementsContext,
  ) => terminateAgreement(ctx, args),
};
