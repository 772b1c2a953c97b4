import {
  CommandBar,
  DefaultButton,
  DetailsList,
  DetailsListLayoutMode,
  Dropdown,
  IColumn,
  Link,
  MessageBar,
  MessageBarType,
  Pivot,
  PivotItem,
  SelectionMode,
  Stack,
  Text,
  TextField
} from '@fluentui/react';
import * as React from 'react';
import { RegisterHeader } from '../../../ui/RegisterHeader';
import { IDataError, toDataError } from '../../../data/DataError';
import {
  exportIssues,
  IExportSheet,
  IImportSheet,
  IIssuePage,
  IIssueRecord,
  IIssueRepository,
  IMeetingRow,
  IssueView,
  lastMeetingBefore,
  MEETING_CHANGE_LABELS
} from '../../../data/issues';
import { codesOf, IActor, ISSUE_AREA_LABELS, ISSUE_STATUS_LABELS, IssueStatus, jstDateKey, Locale, PRIORITY_LABELS } from '../../../domain';
import { IssuesList } from '../../../schema';
import { AsyncView, ErrorBar } from '../../../ui/AsyncView';
import { LoadMore } from '../../../ui/LoadMore';
import { IUiStrings } from '../../../ui/uiStrings';
import { useAsync } from '../../../ui/useAsync';
import { ImportPanel } from './ImportPanel';
import { IssueDetailPanel } from './IssueDetailPanel';
import { NewIssuePanel } from './NewIssuePanel';
import { format, IIssueRegisterStrings } from './strings';

/** Reading and writing .xlsx, injected so the web part can load exceljs lazily and tests can skip it. */
export interface IWorkbookIo {
  read: (data: ArrayBuffer) => Promise<IImportSheet>;
  write: (sheets: ReadonlyArray<IExportSheet>) => Promise<ArrayBuffer>;
}

export interface IIssueRegisterProps {
  strings: IIssueRegisterStrings;
  ui: IUiStrings;
  locale: Locale;
  heading?: string;
  repository: IIssueRepository;
  workbook: IWorkbookIo;
  now: () => Date;
  pageSize: number;
  /** Hands a file to the browser (a download link); injected for tests. */
  download: (data: ArrayBuffer, fileName: string) => void;
}

type TabKey = IssueView | 'sinceMeeting';

interface IViewData {
  records: IIssueRecord[];
  next?: () => Promise<IIssuePage>;
  meeting?: { date?: string; rows: IMeetingRow[] };
}

const TABS: TabKey[] = ['byStatus', 'byOwner', 'overdue', 'dueThisWeek', 'pendingApproval', 'sinceMeeting'];

function tabLabel(tab: TabKey, s: IIssueRegisterStrings): string {
  switch (tab) {
    case 'byStatus':
      return s.ViewByStatus;
    case 'byOwner':
      return s.ViewByOwner;
    case 'overdue':
      return s.ViewOverdue;
    case 'dueThisWeek':
      return s.ViewDueThisWeek;
    case 'pendingApproval':
      return s.ViewPending;
    default:
      return s.ViewSinceMeeting;
  }
}

const FIRST_TAB: IssueView = 'byStatus';

/** 課題管理一覧: the register's views for the periodic meeting, raising, governed changes, import and export. */
export default function IssueRegister(props: IIssueRegisterProps): JSX.Element {
  const { strings, ui, heading, repository, now, pageSize } = props;
  // Who is looking and the first view's rows arrive together, in one $batch (DESIGN §6): nothing on the first
  // screen waits for a second round trip.
  const loadFirst = React.useCallback(() => repository.firstScreen({ view: FIRST_TAB, today: jstDateKey(now()), pageSize }), [repository, now, pageSize]);
  const first = useAsync(loadFirst, [loadFirst]);
  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { padding: 8 } }}>
      <RegisterHeader heading={heading || strings.Heading} description={strings.Intro} />
      <AsyncView state={first.state} strings={ui} onRetry={first.reload}>
        {(screen) => <RegisterScreen {...props} actor={screen.actor} initial={{ records: screen.page.records, next: screen.page.next }} />}
      </AsyncView>
    </Stack>
  );
}

interface IRegisterScreenProps extends IIssueRegisterProps {
  actor: IActor;
  /** The first page of FIRST_TAB with every filter cleared, already read with the actor. */
  initial: IViewData;
}

function RegisterScreen(props: IRegisterScreenProps): JSX.Element {
  const { strings, ui, locale, repository, actor, workbook, now, pageSize, download } = props;
  const [tab, setTab] = React.useState<TabKey>(FIRST_TAB);
  const [status, setStatus] = React.useState<IssueStatus | ''>('');
  const [ownerText, setOwnerText] = React.useState('');
  const [ownerId, setOwnerId] = React.useState<number | undefined>(undefined);
  const [ownerMissing, setOwnerMissing] = React.useState(false);
  const [openId, setOpenId] = React.useState<number | undefined>(undefined);
  const [raising, setRaising] = React.useState(false);
  const [importing, setImporting] = React.useState(false);
  const [extra, setExtra] = React.useState<IViewData | undefined>(undefined);
  const [moreError, setMoreError] = React.useState<IDataError | undefined>(undefined);
  const [notice, setNotice] = React.useState<string | undefined>(undefined);
  const [exportError, setExportError] = React.useState<IDataError | undefined>(undefined);
  // Only the byOwner view reads the owner, so only there may a change of owner load the view again.
  const viewOwner = tab === 'byOwner' ? (ownerId !== undefined ? ownerId : actor.user.id) : undefined;
  const initial = React.useRef<IViewData | undefined>(props.initial);

  const loadView = React.useCallback(async (): Promise<IViewData> => {
    const ready = initial.current;
    initial.current = undefined;
    // The first screen's page serves the view's first load only; a refresh, a retry or a later visit reads again.
    if (ready && tab === FIRST_TAB && status === '') return ready;
    const today = jstDateKey(now());
    if (tab === 'sinceMeeting') {
      const date = lastMeetingBefore(await repository.meetingDates(), today);
      if (!date) return { records: [], meeting: { rows: [] } };
      const result = await repository.sinceMeeting(date, now());
      return { records: result.records, meeting: { date, rows: result.rows } };
    }
    const page = await repository.page({ view: tab, today, status: status === '' ? undefined : status, ownerId: viewOwner, pageSize });
    return { records: page.records, next: page.next };
  }, [tab, status, viewOwner, repository, now, pageSize]);

  const view = useAsync(loadView, [loadView]);
  React.useEffect(() => {
    setExtra(undefined);
    setMoreError(undefined);
  }, [view.state]);
  const shown: IViewData | undefined = extra || (view.state.status === 'ready' ? view.state.data : undefined);

  const loadMore = (): void => {
    if (!shown || !shown.next) return;
    shown.next().then(
      (page) => setExtra({ ...shown, records: shown.records.concat(page.records), next: page.next }),
      (e: unknown) => setMoreError(toDataError(e))
    );
  };

  const showOwner = async (): Promise<void> => {
    setOwnerMissing(false);
    if (ownerText.trim() === '') {
      setOwnerId(undefined);
      return;
    }
    const found = (await repository.resolveUsers([ownerText.trim()]))[ownerText.trim()];
    if (found) setOwnerId(found.id);
    else setOwnerMissing(true);
  };

  const exportView = async (): Promise<void> => {
    setExportError(undefined);
    setNotice(undefined);
    try {
      if (!shown) return;
      let all = shown;
      while (all.next) {
        const page = await all.next();
        all = { ...all, records: all.records.concat(page.records), next: page.next };
      }
      const name = tabLabel(tab, strings);
      const sheet = exportIssues(all.records, locale, name, all.meeting ? all.meeting.rows : undefined);
      const data = await workbook.write([sheet]);
      download(data, `${IssuesList.title[locale]}_${name}_${jstDateKey(now())}.xlsx`);
      setNotice(format(strings.Exported, all.records.length));
    } catch (e) {
      setExportError(toDataError(e));
    }
  };

  const f = IssuesList.fields;
  const meetingById: Record<number, IMeetingRow> = {};
  if (shown && shown.meeting) for (const r of shown.meeting.rows) meetingById[r.issue.id] = r;
  const columns: IColumn[] = [
    { key: 'id', name: 'ID', minWidth: 30, maxWidth: 50, onRender: (r: IIssueRecord) => <span>{r.issue.id}</span> },
    {
      key: 'title',
      name: IssuesList.titleField[locale],
      minWidth: 180,
      maxWidth: 360,
      isResizable: true,
      onRender: (r: IIssueRecord) => <Link onClick={() => setOpenId(r.issue.id)}>{r.issue.title}</Link>
    },
    { key: 'area', name: f.area.title[locale], minWidth: 120, maxWidth: 220, isResizable: true, onRender: (r: IIssueRecord) => <span>{ISSUE_AREA_LABELS[r.issue.area][locale]}</span> },
    { key: 'status', name: f.status.title[locale], minWidth: 60, maxWidth: 90, onRender: (r: IIssueRecord) => <span>{ISSUE_STATUS_LABELS[r.issue.status][locale]}</span> },
    { key: 'owner', name: f.owner.title[locale], minWidth: 90, maxWidth: 140, onRender: (r: IIssueRecord) => <span>{r.issue.owner.title}</span> },
    { key: 'due', name: f.dueDate.title[locale], minWidth: 80, maxWidth: 100, onRender: (r: IIssueRecord) => <span>{r.issue.dueDate.replace(/-/g, '/')}</span> },
    { key: 'priority', name: f.priority.title[locale], minWidth: 40, maxWidth: 60, onRender: (r: IIssueRecord) => <span>{PRIORITY_LABELS[r.issue.priority][locale]}</span> },
    { key: 'pending', name: f.pendingChange.title[locale], minWidth: 70, maxWidth: 110, onRender: (r: IIssueRecord) => <span>{r.pendingChange ? (locale === 'en' ? 'Yes' : 'あり') : ''}</span> }
  ];
  if (tab === 'sinceMeeting') {
    columns.push(
      {
        key: 'changes',
        name: strings.ChangesColumn,
        minWidth: 120,
        maxWidth: 200,
        onRender: (r: IIssueRecord) => <span>{(meetingById[r.issue.id] ? meetingById[r.issue.id].changes : []).map((c) => MEETING_CHANGE_LABELS[c][locale]).join('、')}</span>
      },
      {
        key: 'atMeeting',
        name: strings.AtMeetingColumn,
        minWidth: 140,
        maxWidth: 240,
        onRender: (r: IIssueRecord) => {
          const m = meetingById[r.issue.id];
          const parts: string[] = [];
          if (m && m.ownerAtMeeting) parts.push(`${f.owner.title[locale]}: ${m.ownerAtMeeting.title || '#' + m.ownerAtMeeting.id}`);
          if (m && m.dueAtMeeting) parts.push(`${f.dueDate.title[locale]}: ${m.dueAtMeeting.replace(/-/g, '/')}`);
          return <span>{parts.join('、')}</span>;
        }
      }
    );
  }

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <CommandBar
        items={[
          { key: 'new', text: strings.CmdNew, iconProps: { iconName: 'Add' }, onClick: () => setRaising(true) },
          { key: 'import', text: strings.CmdImport, iconProps: { iconName: 'ExcelDocument' }, onClick: () => setImporting(true) },
          {
            key: 'export',
            text: strings.CmdExport,
            iconProps: { iconName: 'Download' },
            disabled: !shown,
            onClick: () => {
              exportView().catch(() => undefined);
            }
          },
          { key: 'refresh', text: strings.CmdRefresh, iconProps: { iconName: 'Refresh' }, onClick: view.reload }
        ]}
      />
      {notice ? <MessageBar messageBarType={MessageBarType.success}>{notice}</MessageBar> : undefined}
      {exportError ? <ErrorBar error={exportError} strings={ui} /> : undefined}
      <Pivot selectedKey={tab} onLinkClick={(item) => item && setTab(item.props.itemKey as TabKey)}>
        {TABS.map((t) => (
          <PivotItem key={t} itemKey={t} headerText={tabLabel(t, strings)} />
        ))}
      </Pivot>
      {tab === 'byStatus' ? (
        <Dropdown
          label={f.status.title[locale]}
          styles={{ root: { maxWidth: 240 } }}
          selectedKey={status}
          options={[{ key: '', text: strings.AllOpen }].concat(codesOf(ISSUE_STATUS_LABELS).map((s) => ({ key: s, text: ISSUE_STATUS_LABELS[s][locale] })))}
          onChange={(_e, o) => setStatus(o ? (o.key as IssueStatus | '') : '')}
        />
      ) : undefined}
      {tab === 'byOwner' ? (
        <Stack horizontal={true} verticalAlign="end" tokens={{ childrenGap: 8 }}>
          <TextField
            label={strings.OwnerFilterLabel}
            placeholder={strings.Me}
            value={ownerText}
            onChange={(_e, v) => setOwnerText(v || '')}
            errorMessage={ownerMissing ? format(strings.OwnerNotFound, ownerText) : undefined}
          />
          <DefaultButton
            text={strings.ShowOwner}
            onClick={() => {
              showOwner().catch(() => undefined);
            }}
          />
        </Stack>
      ) : undefined}
      <AsyncView state={view.state} strings={ui} onRetry={view.reload}>
        {() =>
          shown ? (
            <Stack tokens={{ childrenGap: 8 }}>
              {shown.meeting ? (
                <MessageBar messageBarType={shown.meeting.date ? MessageBarType.info : MessageBarType.warning}>
                  {shown.meeting.date ? format(strings.MeetingBaseline, shown.meeting.date.replace(/-/g, '/')) : strings.NoMeeting}
                </MessageBar>
              ) : undefined}
              {shown.records.length ? (
                <DetailsList
                  items={shown.records}
                  columns={columns}
                  getKey={(r: IIssueRecord) => String(r.issue.id)}
                  selectionMode={SelectionMode.none}
                  layoutMode={DetailsListLayoutMode.justified}
                  ariaLabelForGrid={IssuesList.title[locale]}
                />
              ) : (
                <Text block={true} styles={{ root: { padding: '24px 0' } }}>
                  {strings.EmptyText}
                </Text>
              )}
              <LoadMore onLoadMore={shown.next ? loadMore : undefined} error={moreError} strings={ui} />
            </Stack>
          ) : undefined
        }
      </AsyncView>
      <IssueDetailPanel
        issueId={openId}
        repository={repository}
        actor={actor}
        now={now}
        locale={locale}
        strings={strings}
        ui={ui}
        onDismiss={() => setOpenId(undefined)}
        onChanged={view.reload}
      />
      <NewIssuePanel
        isOpen={raising}
        locale={locale}
        strings={strings}
        ui={ui}
        now={now}
        loadSystems={() => repository.systems()}
        resolveUser={async (text) => (await repository.resolveUsers([text]))[text]}
        onRaise={(issue, vendorKey) => repository.raise(issue, vendorKey)}
        onDismiss={() => setRaising(false)}
        onRaised={(id) => {
          setRaising(false);
          view.reload();
          setOpenId(id);
        }}
      />
      <ImportPanel
        isOpen={importing}
        locale={locale}
        strings={strings}
        ui={ui}
        now={now}
        readWorkbook={workbook.read}
        resolveUsers={(texts) => repository.resolveUsers(texts)}
        loadSystems={() => repository.systems()}
        importIssues={(rows) => repository.importIssues(rows)}
        onDismiss={() => setImporting(false)}
        onImported={view.reload}
      />
    </Stack>
  );
}
