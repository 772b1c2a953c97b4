import { Stack, Text } from '@fluentui/react';
import * as React from 'react';
import { approverFor, INVOLVEMENT_MARKS, involvementOf, IssueArea, ISSUE_AREA_LABELS, Locale, MATRIX_ROLES, ROLE_LABELS } from '../../../domain';
import { IIssueRegisterStrings } from './strings';

export interface IRoleMatrixCardProps {
  area: IssueArea;
  locale: Locale;
  strings: IIssueRegisterStrings;
}

/** The §8 row of the chosen area: who leads (○), supports (△) or is not involved (—), and who approves. */
export function RoleMatrixCard(props: IRoleMatrixCardProps): JSX.Element {
  const { area, locale, strings } = props;
  const approver = approverFor(area);
  const legend: Record<string, string> = { lead: strings.MatrixLead, support: strings.MatrixSupport, none: strings.MatrixNone };
  return (
    <Stack tokens={{ childrenGap: 4 }} styles={{ root: { background: '#f3f2f1', padding: 8 } }} aria-label={strings.MatrixHeading}>
      <Text variant="medium" styles={{ root: { fontWeight: 600 } }}>
        {strings.MatrixHeading}: {ISSUE_AREA_LABELS[area][locale]}
      </Text>
      <table role="table">
        <tbody>
          {MATRIX_ROLES.map((role) => {
            const involvement = involvementOf(area, role);
            return (
              <tr key={role}>
                <th scope="row" style={{ textAlign: 'left', paddingRight: 12, fontWeight: 400 }}>
                  {ROLE_LABELS[role][locale]}
                </th>
                <td aria-label={legend[involvement]}>{INVOLVEMENT_MARKS[involvement]}</td>
                <td style={{ paddingLeft: 12 }}>{role === approver ? strings.MatrixApprover : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Text variant="small">{strings.MatrixAccess}</Text>
    </Stack>
  );
}
