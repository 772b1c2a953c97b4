import { DirectionalHint, TooltipHost } from '@fluentui/react';
import * as React from 'react';
import { SlaClockState } from '../domain';
import { ISlaBadgeModel } from './slaBadgeModel';

const COLORS: { [S in SlaClockState]: { background: string; color: string } } = {
  onTrack: { background: '#dff6dd', color: '#0b5a08' },
  dueSoon: { background: '#fff4ce', color: '#6d5700' },
  breached: { background: '#a4262c', color: '#ffffff' },
  met: { background: '#f3f2f1', color: '#323130' },
  paused: { background: '#deecf9', color: '#004578' }
};

export interface ISlaBadgeProps {
  model: ISlaBadgeModel;
}

/** An SLA pill (overdue in red) whose tooltip explains the count: due time, target, skipped hours and holidays. */
export function SlaBadge(props: ISlaBadgeProps): JSX.Element {
  const { model } = props;
  const id = React.useRef(`sla-${Math.random().toString(36).slice(2)}`).current;
  const tooltip = (
    <div id={id}>
      {model.lines.map((line, i) => (
        <div key={i}>{line}</div>
      ))}
    </div>
  );
  const colors = COLORS[model.state];
  return (
    <TooltipHost content={tooltip} directionalHint={DirectionalHint.bottomLeftEdge} id={id}>
      <span
        tabIndex={0}
        data-sla-state={model.state}
        aria-label={`${model.text}. ${model.lines.join(' ')}`}
        style={{
          display: 'inline-block',
          padding: '1px 8px',
          borderRadius: 10,
          fontSize: 12,
          fontWeight: 600,
          whiteSpace: 'nowrap',
          background: colors.background,
          color: colors.color
        }}
      >
        {model.text}
      </span>
    </TooltipHost>
  );
}
