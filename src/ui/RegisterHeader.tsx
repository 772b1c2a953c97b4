import { Stack, Text } from '@fluentui/react';
import * as React from 'react';

export interface IRegisterHeaderProps {
  heading: string;
  description?: string;
  /** Commands shown at the right of the heading (wrapping below it on narrow columns). */
  actions?: React.ReactNode;
}

/** The heading every opsdesk web part opens with: its title, one line on what it is for, and its commands. */
export function RegisterHeader(props: IRegisterHeaderProps): JSX.Element {
  const { heading, description, actions } = props;
  const title = (
    <Stack>
      <Text as="h2" variant="xLarge" styles={{ root: { margin: 0 } }}>
        {heading}
      </Text>
      {description ? <Text variant="small">{description}</Text> : undefined}
    </Stack>
  );
  if (!actions) return title;
  return (
    <Stack horizontal={true} horizontalAlign="space-between" verticalAlign="center" wrap={true}>
      {title}
      {actions}
    </Stack>
  );
}
