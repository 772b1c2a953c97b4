import { DetailsList, DetailsListLayoutMode, IColumn, Link, SelectionMode, Stack, Text } from '@fluentui/react';
import * as React from 'react';
import { ICatalog, slaContextFor } from '../../../data/catalogLookups';
import { IInquiryRecord } from '../../../data/inquiries';
import { INQUIRY_STATUS_LABELS, Locale } from '../../../domain';
import { InquiriesList } from '../../../schema';
import { IDataError } from '../../../data/DataError';
import { LoadMore } from '../../../ui/LoadMore';
import { SlaBadge } from '../../../ui/SlaBadge';
import { IUiStrings } from '../../../ui/uiStrings';
import { formatShortJst, slaBadgeModel } from '../../../ui/slaBadgeModel';
import { IInquiryQueueStrings } from './IInquiryQueueStrings';

export interface IQueueTableProps {
  items: ReadonlyArray<IInquiryRecord>;
  catalog: ICatalog;
  strings: IInquiryQueueStrings;
  locale: Locale;
  now: Date;
  onOpen: (id: number) => void;
  onLoadMore?: () => void;
  loadingMore: boolean;
  moreError?: IDataError;
  ui: IUiStrings;
}

/** The queue rows: number, subject, status, SLA badge, system, requester, assignee, receipt. */
export function QueueTable(props: IQueueTableProps): JSX.Element {
  const { items, catalog, strings, locale, now, onOpen } = props;
  const f = InquiriesList.fields;
  const columns: IColumn[] = React.useMemo(
    () => [
      { key: 'id', name: strings.ColumnNumber, minWidth: 48, maxWidth: 60, onRender: (i: IInquiryRecord) => <span>#{i.id}</span> },
      {
        key: 'subject',
        name: InquiriesList.titleField[locale],
        minWidth: 180,
        maxWidth: 360,
        isResizable: true,
        onRender: (i: IInquiryRecord) => <Link onClick={() => onOpen(i.id)}>{i.subject}</Link>
      },
      { key: 'status', name: f.status.title[locale], minWidth: 80, maxWidth: 120, onRender: (i: IInquiryRecord) => <span>{INQUIRY_STATUS_LABELS[i.status][locale]}</span> },
      {
        key: 'sla',
        name: strings.ColumnSla,
        minWidth: 120,
        maxWidth: 170,
        onRender: (i: IInquiryRecord) => {
          const sla = slaContextFor(catalog, i.serviceId);
          return <SlaBadge model={slaBadgeModel(i, sla.target, sla.calendar, now, locale, sla.missingCalendarId)} />;
        }
      },
      { key: 'system', name: f.system.title[locale], minWidth: 100, maxWidth: 180, isResizable: true, onRender: (i: IInquiryRecord) => <span>{i.system ? i.system.title : ''}</span> },
      { key: 'requester', name: f.requester.title[locale], minWidth: 90, maxWidth: 140, onRender: (i: IInquiryRecord) => <span>{i.requester.title}</span> },
      { key: 'assignee', name: f.assignee.title[locale], minWidth: 90, maxWidth: 140, onRender: (i: IInquiryRecord) => <span>{i.assignee ? i.assignee.title : ''}</span> },
      {
        key: 'received',
        name: f.receivedAt.title[locale],
        minWidth: 110,
        maxWidth: 140,
        onRender: (i: IInquiryRecord) => <span>{formatShortJst(new Date(i.receivedAt), locale)}</span>
      }
    ],
    [catalog, strings, locale, now, onOpen, f]
  );

  if (items.length === 0) {
    return (
      <Text block={true} styles={{ root: { padding: '24px 0' } }}>
        {strings.EmptyText}
      </Text>
    );
  }
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <DetailsList
        items={items as IInquiryRecord[]}
        columns={columns}
        getKey={(i: IInquiryRecord) => String(i.id)}
        selectionMode={SelectionMode.none}
        layoutMode={DetailsListLayoutMode.justified}
        ariaLabelForGrid={InquiriesList.title[locale]}
        onItemInvoked={(i: IInquiryRecord) => onOpen(i.id)}
        onShouldVirtualize={() => items.length > 100}
      />
      <LoadMore onLoadMore={props.onLoadMore} busy={props.loadingMore} error={props.moreError} text={strings.LoadMore} strings={props.ui} />
    </Stack>
  );
}
