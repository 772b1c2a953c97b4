import { CommandBarButton, Dropdown, IDropdownOption, Pivot, PivotItem, SearchBox, Stack, Text } from '@fluentui/react';
import * as React from 'react';
import { ALL_INQUIRY_STATUSES, InquiryScope, InquirySort, InquiryStatusFilter, jstMonthOf, OPEN_INQUIRY_STATUSES } from '../../../data/inquiries';
import { INQUIRY_STATUS_LABELS, InquiryStatus, Locale } from '../../../domain';
import { IInquiryQueueStrings } from './IInquiryQueueStrings';
import { IQueueFilters } from './queueReducer';

export interface IQueueToolbarProps {
  filters: IQueueFilters;
  scopes: ReadonlyArray<InquiryScope>;
  canRaise: boolean;
  strings: IInquiryQueueStrings;
  locale: Locale;
  now: Date;
  onChange: (filters: Partial<IQueueFilters>) => void;
  onNew: () => void;
  onRefresh: () => void;
}

function lastMonths(now: Date, count: number): string[] {
  const months: string[] = [];
  let [y, m] = jstMonthOf(now).split('-').map(Number);
  for (let i = 0; i < count; i++) {
    months.push(`${y}-${m < 10 ? '0' : ''}${m}`);
    m -= 1;
    if (m === 0) {
      m = 12;
      y -= 1;
    }
  }
  return months;
}

/** Whether a status filter can include inquiries that are done (and so needs a month outside "mine"). */
export function includesDone(status: InquiryStatusFilter): boolean {
  return status !== 'open' && OPEN_INQUIRY_STATUSES.indexOf(status as InquiryStatus) < 0;
}

/** Scope tabs, status / month / sort pickers, search, new inquiry and refresh. */
export function QueueToolbar(props: IQueueToolbarProps): JSX.Element {
  const { filters, scopes, strings, locale, now, onChange } = props;
  const scopeLabel: { [S in InquiryScope]: string } = {
    mine: strings.ScopeMine,
    assignedToMe: strings.ScopeAssignedToMe,
    myVendor: strings.ScopeMyVendor,
    all: strings.ScopeAll
  };
  const statusOptions: IDropdownOption[] = [{ key: 'open', text: strings.StatusOpen }]
    .concat(ALL_INQUIRY_STATUSES.map((s) => ({ key: s, text: INQUIRY_STATUS_LABELS[s][locale] })))
    .concat([{ key: 'any', text: strings.StatusAny }]);
  const monthNeeded = includesDone(filters.status) && filters.scope !== 'mine';
  const monthOptions: IDropdownOption[] = (monthNeeded ? [] : [{ key: '', text: strings.MonthAll }]).concat(
    lastMonths(now, 24).map((m) => ({ key: m, text: m.replace('-', '/') }))
  );
  const sortOptions: IDropdownOption[] = [
    { key: 'receivedDesc', text: strings.SortReceivedDesc },
    { key: 'receivedAsc', text: strings.SortReceivedAsc },
    { key: 'dueAsc', text: strings.SortDueAsc }
  ];
  const [search, setSearch] = React.useState(filters.search);

  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Stack horizontal={true} horizontalAlign="space-between" verticalAlign="center" wrap={true}>
        {scopes.length > 1 ? (
          <Pivot selectedKey={filters.scope} onLinkClick={(item) => item && onChange({ scope: item.props.itemKey as InquiryScope })} headersOnly={true}>
            {scopes.map((s) => (
              <PivotItem key={s} itemKey={s} headerText={scopeLabel[s]} />
            ))}
          </Pivot>
        ) : (
          <Text variant="large">{scopes.length ? scopeLabel[scopes[0]] : ''}</Text>
        )}
        <Stack horizontal={true} tokens={{ childrenGap: 4 }}>
          {props.canRaise ? (
            <CommandBarButton iconProps={{ iconName: 'Add' }} text={strings.NewInquiry} onClick={props.onNew} styles={{ root: { height: 32 } }} />
          ) : undefined}
          <CommandBarButton iconProps={{ iconName: 'Refresh' }} text={strings.Refresh} onClick={props.onRefresh} styles={{ root: { height: 32 } }} />
        </Stack>
      </Stack>
      <Stack horizontal={true} wrap={true} verticalAlign="end" tokens={{ childrenGap: 12 }}>
        <Dropdown
          label={strings.StatusLabel}
          options={statusOptions}
          selectedKey={filters.status}
          onChange={(_, o) => {
            if (!o) return;
            const status = o.key as InquiryStatusFilter;
            const month = includesDone(status) && filters.scope !== 'mine' && !filters.month ? jstMonthOf(now) : filters.month;
            onChange({ status, month });
          }}
          styles={{ root: { minWidth: 150 } }}
        />
        <Dropdown
          label={strings.MonthLabel}
          options={monthOptions}
          selectedKey={filters.month}
          onChange={(_, o) => o && onChange({ month: String(o.key) })}
          styles={{ root: { minWidth: 120 } }}
          title={strings.MonthHint}
        />
        <Dropdown
          label={strings.SortLabel}
          options={sortOptions}
          selectedKey={filters.sort}
          onChange={(_, o) => o && onChange({ sort: o.key as InquirySort })}
          styles={{ root: { minWidth: 200 } }}
        />
        <SearchBox
          placeholder={strings.SearchPlaceholder}
          ariaLabel={strings.SearchPlaceholder}
          value={search}
          onChange={(_, v) => setSearch(v || '')}
          onSearch={(v) => onChange({ search: (v || '').trim() })}
          onClear={() => onChange({ search: '' })}
          styles={{ root: { minWidth: 240 } }}
        />
      </Stack>
      {monthNeeded ? <Text variant="small">{strings.MonthHint}</Text> : undefined}
    </Stack>
  );
}
