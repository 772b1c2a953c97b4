import { MessageBar, MessageBarType, Stack, Text } from '@fluentui/react';
import * as React from 'react';
import { RegisterHeader } from '../../../ui/RegisterHeader';
import { ICatalog } from '../../../data/catalogLookups';
import { ICurrentUser } from '../../../data/currentUser';
import { toDataError } from '../../../data/DataError';
import { IInquiryPage, IInquiryQueueStart, IInquiryRecord } from '../../../data/inquiries';
import { Locale, ROLE_LABELS } from '../../../domain';
import { AsyncView } from '../../../ui/AsyncView';
import { IUiStrings } from '../../../ui/uiStrings';
import { useAsync } from '../../../ui/useAsync';
import { IInquiryQueueServices } from './IInquiryQueueServices';
import { IInquiryQueueStrings } from './IInquiryQueueStrings';
import { InquiryDetailPanel } from './InquiryDetailPanel';
import { isOfferedService, NewInquiryForm } from './NewInquiryForm';
import { canRaise, format, scopesFor } from './queueModel';
import { initialQueueState, queueReducer } from './queueReducer';
import { QueueTable } from './QueueTable';
import { QueueToolbar } from './QueueToolbar';

export interface IInquiryQueueProps {
  strings: IInquiryQueueStrings;
  ui: IUiStrings;
  locale: Locale;
  heading?: string;
  pageSize: number;
  services: IInquiryQueueServices;
  /** The page was opened for a service (`?service=<id>` from the catalog): the new-inquiry form opens with it. */
  initialServiceId?: number;
}

interface IQueueContext {
  user: ICurrentUser;
  catalog: ICatalog;
  opening: NonNullable<IInquiryQueueStart['opening']>;
}

/**
 * The inquiry queue: who the user is decides which queues they see (their own inquiries, those assigned to
 * them or their vendor, or everything for the ICT center) and which actions they get.
 */
export default function InquiryQueue(props: IInquiryQueueProps): JSX.Element {
  const { strings, ui, services, pageSize } = props;
  // Who is looking, the catalog and the opening queue's first page arrive together, in one $batch (DESIGN §6).
  const load = React.useCallback(() => services.start.load(pageSize), [services, pageSize]);
  const { state, reload } = useAsync<IInquiryQueueStart>(load, [load]);
  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { padding: 8 } }}>
      <RegisterHeader heading={props.heading || strings.Heading} description={strings.Intro} />
      <AsyncView state={state} strings={ui} onRetry={reload}>
        {(context) =>
          context.opening ? (
            <QueueScreen {...props} user={context.user} catalog={context.catalog} opening={context.opening} />
          ) : (
            <MessageBar messageBarType={MessageBarType.warning}>{strings.NoRole}</MessageBar>
          )
        }
      </AsyncView>
    </Stack>
  );
}

function QueueScreen(props: IInquiryQueueProps & IQueueContext): JSX.Element {
  const { strings, ui, locale, services, user, catalog, pageSize, opening } = props;
  const { scopes } = scopesFor(user.roles, user.vendorKey);
  const [state, dispatch] = React.useReducer(queueReducer, undefined, () => {
    const q = opening.query;
    const initialState = initialQueueState({ scope: q.scope, status: q.status, month: q.receivedMonth || '', search: q.search || '', sort: q.sort });
    const offered = catalog.services.some((s) => s.id === props.initialServiceId && isOfferedService(s));
    return canRaise(user.roles) && offered ? { ...initialState, formOpen: true } : initialState;
  });
  const [now, setNow] = React.useState(() => services.now());
  const ticket = React.useRef(0);

  // SLA badges count down while the page is open.
  React.useEffect(() => {
    const timer = setInterval(() => setNow(services.now()), 60000);
    return () => clearInterval(timer);
  }, [services]);

  const { filters, generation } = state;
  const openingPage = React.useRef<IInquiryPage | undefined>(opening.page);
  React.useEffect(() => {
    const mine = ++ticket.current;
    // The first screen already read the opening queue's first page; a refresh or a change of filter reads again.
    const ready = openingPage.current;
    openingPage.current = undefined;
    if (ready) {
      dispatch({ type: 'loaded', page: ready });
      return;
    }
    dispatch({ type: 'loading' });
    services.inquiries
      .page({
        scope: filters.scope,
        userId: user.user.id,
        vendorKey: user.vendorKey,
        status: filters.status,
        // Without a month the repository uses the current one where the status filter includes done inquiries.
        receivedMonth: filters.month || undefined,
        search: filters.search,
        sort: filters.sort,
        pageSize
      })
      .then(
        (page) => mine === ticket.current && dispatch({ type: 'loaded', page }),
        (e: unknown) => mine === ticket.current && dispatch({ type: 'failed', error: toDataError(e) })
      );
  }, [filters, generation, services, user, pageSize]);

  const list = state.list;
  const loadMore = React.useCallback(() => {
    if (list.status !== 'ready' || !list.next) return;
    const mine = ticket.current;
    dispatch({ type: 'loadingMore' });
    list.next().then(
      (page) => mine === ticket.current && dispatch({ type: 'loadedMore', page }),
      (e: unknown) => mine === ticket.current && dispatch({ type: 'moreFailed', error: toDataError(e) })
    );
  }, [list]);
  const onOpen = React.useCallback((id: number) => dispatch({ type: 'open', id }), []);
  const onChanged = React.useCallback((record: IInquiryRecord) => dispatch({ type: 'changed', record }), []);

  const open = list.status === 'ready' && state.openId !== undefined ? list.items.filter((i) => i.id === state.openId)[0] : undefined;
  const roleNames = user.roles.map((r) => ROLE_LABELS[r][locale]).join('・');

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Text variant="small">{format(strings.SignedInAs, user.user.title, roleNames)}</Text>
      <QueueToolbar
        filters={filters}
        scopes={scopes}
        canRaise={canRaise(user.roles)}
        strings={strings}
        locale={locale}
        now={now}
        onChange={(changes) => dispatch({ type: 'filters', filters: changes })}
        onNew={() => dispatch({ type: 'openForm' })}
        onRefresh={() => dispatch({ type: 'reload' })}
      />
      {state.notice ? (
        <MessageBar messageBarType={MessageBarType.success} onDismiss={() => dispatch({ type: 'dismissNotice' })}>
          <span role="status">{state.notice}</span>
        </MessageBar>
      ) : undefined}
      {list.status === 'loading' || list.status === 'error' ? (
        <AsyncView state={list.status === 'loading' ? { status: 'loading' } : list} strings={ui} onRetry={() => dispatch({ type: 'reload' })}>
          {() => undefined}
        </AsyncView>
      ) : (
        <>
          <QueueTable
            items={list.items}
            catalog={catalog}
            strings={strings}
            locale={locale}
            now={now}
            onOpen={onOpen}
            onLoadMore={list.next ? loadMore : undefined}
            loadingMore={list.loadingMore}
            moreError={list.moreError}
            ui={ui}
          />
        </>
      )}
      {open ? (
        <InquiryDetailPanel
          record={open}
          user={user}
          catalog={catalog}
          services={services}
          strings={strings}
          ui={ui}
          locale={locale}
          now={now}
          onChanged={onChanged}
          onDismiss={() => dispatch({ type: 'close' })}
        />
      ) : undefined}
      {state.formOpen ? (
        <NewInquiryForm
          services={services}
          catalog={catalog}
          user={user}
          strings={strings}
          ui={ui}
          locale={locale}
          initialServiceId={props.initialServiceId}
          onCreated={(record) => dispatch({ type: 'created', record, notice: format(strings.Created, record.id) })}
          onDismiss={() => dispatch({ type: 'closeForm' })}
        />
      ) : undefined}
    </Stack>
  );
}
