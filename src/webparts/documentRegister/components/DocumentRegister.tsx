import {
  DetailsList, DetailsListLayoutMode, IColumn, IconButton, Link, MessageBar, MessageBarType, Pivot, PivotItem,
  SelectionMode, Stack, Text
} from '@fluentui/react';
import * as React from 'react';
import { RegisterHeader } from '../../../ui/RegisterHeader';
import { IDocumentPage, IRegisterDocument, RegisterView } from '../../../data/documents';
import { IDataError, toDataError } from '../../../data/DataError';
import { isReviewDue, outstanding, requirementKey } from '../../../domain/documents';
import { IDocumentRequirementRef } from '../../../domain/entities/documentRecord';
import { formatJst } from '../../../domain/time';
import { DOCUMENT_STATUS_LABELS, DOCUMENT_TYPE_LABELS, Locale } from '../../../domain/vocabulary';
import { AsyncView } from '../../../ui/AsyncView';
import { LoadMore } from '../../../ui/LoadMore';
import { IUiStrings } from '../../../ui/uiStrings';
import { useAsync } from '../../../ui/useAsync';
import { IDocumentRegisterStrings } from './IDocumentRegisterStrings';
import { UploadVersionDialog } from './UploadVersionDialog';

export type { IDocumentRegisterStrings };

export interface IDocumentRegisterProps {
  strings: IDocumentRegisterStrings;
  ui: IUiStrings;
  locale: Locale;
  heading?: string;
  loadPage: (view: RegisterView, today: string, pageSize: number) => Promise<IDocumentPage>;
  uploadNewVersion: (doc: IRegisterDocument, file: Blob, today: string, satisfies: IDocumentRequirementRef[]) => Promise<IRegisterDocument>;
  /** Whether the user may add versions at all (list permission); SharePoint still decides per document. */
  canUpload: () => Promise<boolean>;
  pageSize: number;
  /** Today in Asia/Tokyo, 'YYYY-MM-DD' (injected so tests control the clock). */
  today: () => string;
}

function format(template: string, ...values: Array<string | number>): string {
  return template.replace(/\{(\d+)\}/g, (_, i: string) => String(values[Number(i)]));
}

const slash = (d: string | undefined): string => (d || '').replace(/-/g, '/');

interface IShown {
  documents: IRegisterDocument[];
  next?: () => Promise<IDocumentPage>;
}

function RegisterTable(props: Omit<IDocumentRegisterProps, 'canUpload'> & { view: RegisterView; canUpload: boolean; generation: number; onUpload: (d: IRegisterDocument) => void }): JSX.Element {
  const { strings, ui, locale, view, loadPage, pageSize, today, canUpload, onUpload } = props;
  const { state, reload } = useAsync(() => loadPage(view, today(), pageSize), [view, loadPage, pageSize, props.generation]);
  const [more, setMore] = React.useState<IShown | undefined>(undefined);
  const [moreError, setMoreError] = React.useState<IDataError | undefined>(undefined);
  React.useEffect(() => {
    setMore(undefined);
    setMoreError(undefined);
  }, [state]);
  const shown = more || (state.status === 'ready' ? { documents: state.data.documents, next: state.data.next } : undefined);
  const day = today();

  const loadMore = (): void => {
    if (!shown || !shown.next) return;
    shown.next().then(
      (p) => setMore({ documents: shown.documents.concat(p.documents), next: p.next }),
      (e: unknown) => setMoreError(toDataError(e))
    );
  };

  const columns: IColumn[] = [
    { key: 'number', name: strings.ColNumber, minWidth: 80, maxWidth: 110, onRender: (d: IRegisterDocument) => d.number },
    {
      key: 'title', name: strings.ColTitle, minWidth: 160, isMultiline: true,
      onRender: (d: IRegisterDocument) => (d.fileUrl ? <Link href={d.fileUrl} target="_blank" rel="noopener noreferrer">{d.title}</Link> : d.title)
    },
    { key: 'type', name: strings.ColType, minWidth: 70, maxWidth: 100, onRender: (d: IRegisterDocument) => (d.type ? DOCUMENT_TYPE_LABELS[d.type][locale] : strings.TypeMissing) },
    { key: 'system', name: strings.ColSystem, minWidth: 90, maxWidth: 140, onRender: (d: IRegisterDocument) => d.systemName || '' },
    { key: 'owner', name: strings.ColOwner, minWidth: 80, maxWidth: 120, onRender: (d: IRegisterDocument) => (d.owner ? d.owner.title : '') },
    { key: 'status', name: strings.ColStatus, minWidth: 60, maxWidth: 80, onRender: (d: IRegisterDocument) => DOCUMENT_STATUS_LABELS[d.status][locale] },
    { key: 'version', name: strings.ColVersion, minWidth: 40, maxWidth: 50, onRender: (d: IRegisterDocument) => d.version },
    { key: 'modified', name: strings.ColModified, minWidth: 110, maxWidth: 130, onRender: (d: IRegisterDocument) => (d.modified ? formatJst(new Date(d.modified)).replace(/-/g, '/') : '') },
    {
      key: 'review', name: strings.ColNextReview, minWidth: 90, maxWidth: 120,
      onRender: (d: IRegisterDocument) =>
        d.nextReview ? (
          <span style={d.nextReview < day && d.status !== 'obsolete' ? { color: '#a4262c', fontWeight: 600 } : undefined}>
            {slash(d.nextReview)}
            {d.nextReview < day && d.status !== 'obsolete' ? ` (${strings.Overdue})` : ''}
          </span>
        ) : (
          ''
        )
    },
    {
      key: 'pending', name: strings.ColPending, minWidth: 120, isMultiline: true,
      onRender: (d: IRegisterDocument) => {
        const keys = outstanding(d.requirements).map((r) => requirementKey(r.ref));
        return keys.length ? <span style={{ color: '#a4262c', fontWeight: 600 }}>{format(strings.PendingFor, keys.join('、'))}</span> : '';
      }
    }
  ];
  if (canUpload) {
    columns.push({
      key: 'upload', name: '', minWidth: 40, maxWidth: 40,
      onRender: (d: IRegisterDocument) => (
        <IconButton iconProps={{ iconName: 'Upload' }} title={strings.UploadNewVersion} ariaLabel={`${strings.UploadNewVersion}: ${d.number}`} onClick={() => onUpload(d)} />
      )
    });
  }

  const empty = view === 'updatePending' ? strings.EmptyUpdatePending : view === 'reviewDue' ? strings.EmptyReviewDue : strings.EmptyText;
  return (
    <AsyncView state={state} strings={ui} onRetry={reload}>
      {() =>
        shown ? (
          <Stack tokens={{ childrenGap: 8 }}>
            {shown.documents.length === 0 && !shown.next ? <Text styles={{ root: { padding: '16px 0' } }}>{empty}</Text> : undefined}
            {shown.documents.length ? (
              <DetailsList
                items={view === 'reviewDue' ? shown.documents.filter((d) => isReviewDue(d, day)) : shown.documents}
                columns={columns}
                getKey={(d: IRegisterDocument) => String(d.id)}
                selectionMode={SelectionMode.none}
                layoutMode={DetailsListLayoutMode.justified}
                ariaLabelForGrid={strings.Heading}
              />
            ) : undefined}
            <LoadMore onLoadMore={shown.next ? loadMore : undefined} error={moreError} strings={ui} />
          </Stack>
        ) : undefined
      }
    </AsyncView>
  );
}

/** 文書管理簿 (§7): the register, the update-pending and review-due views, and "upload a new version". */
export default function DocumentRegister(props: IDocumentRegisterProps): JSX.Element {
  const { strings, ui, heading, canUpload, uploadNewVersion, today } = props;
  const [view, setView] = React.useState<RegisterView>('register');
  const [uploading, setUploading] = React.useState<IRegisterDocument | undefined>(undefined);
  const [done, setDone] = React.useState<string | undefined>(undefined);
  const [generation, setGeneration] = React.useState(0);
  const access = useAsync(canUpload, [canUpload]);
  const upload = React.useCallback(
    (doc: IRegisterDocument, file: Blob, satisfies: IDocumentRequirementRef[]) => uploadNewVersion(doc, file, today(), satisfies),
    [uploadNewVersion, today]
  );

  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { padding: 8 } }}>
      <RegisterHeader heading={heading || strings.Heading} description={strings.Intro} />
      {done ? (
        <MessageBar messageBarType={MessageBarType.success} onDismiss={() => setDone(undefined)}>
          {done}
        </MessageBar>
      ) : undefined}
      <Pivot selectedKey={view} onLinkClick={(item) => item && setView(item.props.itemKey as RegisterView)} aria-label={heading || strings.Heading}>
        <PivotItem headerText={strings.ViewRegister} itemKey="register" />
        <PivotItem headerText={strings.ViewUpdatePending} itemKey="updatePending" />
        <PivotItem headerText={strings.ViewReviewDue} itemKey="reviewDue" />
      </Pivot>
      <RegisterTable
        {...props}
        view={view}
        generation={generation}
        canUpload={access.state.status === 'ready' && access.state.data}
        onUpload={(d) => {
          setDone(undefined);
          setUploading(d);
        }}
      />
      {uploading ? (
        <UploadVersionDialog
          doc={uploading}
          strings={strings}
          ui={ui}
          upload={upload}
          onDismiss={() => setUploading(undefined)}
          onDone={(updated) => {
            setUploading(undefined);
            setDone(format(strings.Uploaded, `${updated.number} ${updated.title}`, updated.version));
            setGeneration((g) => g + 1);
          }}
        />
      ) : undefined}
    </Stack>
  );
}
