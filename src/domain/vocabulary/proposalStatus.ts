import { LabelTable } from './labelTable';

/** Status of a proposed change to a governed issue field. */
export type ProposalStatus = 'pending' | 'approved' | 'rejected';

/** Labels of {@link ProposalStatus}; the Japanese label is the stored Choice value. */
export const PROPOSAL_STATUS_LABELS: LabelTable<ProposalStatus> = {
  pending: { ja: '承認待ち', en: 'Pending approval' },
  approved: { ja: '承認', en: 'Approved' },
  rejected: { ja: '却下', en: 'Rejected' },
};
