import {
  DefaultButton,
  DetailsList,
  DetailsListLayoutMode,
  Dropdown,
  MessageBar,
  MessageBarType,
  Panel,
  PanelType,
  PrimaryButton,
  SelectionMode,
  Spinner,
  Stack,
  Text
} from '@fluentui/react';
import * as React from 'react';
import { IDataError, toDataError } from '../../../data/DataError';
import {
  guessMapping,
  IImportIssue,
  IImportOutcome,
  IImportSheet,
  IMPORT_FIELD_LABELS,
  IMPORT_FIELDS,
  ImportField,
  ImportMapping,
  ImportRowResult,
  ISystemOption,
  ownerTexts,
  validateImportRows
} from '../../../data/issues';
import { IUserRef, Locale } from '../../../domain';
import { ErrorBar } from '../../../ui/AsyncView';
import { IUiStrings } from '../../../ui/uiStrings';
import { format, IIssueRegisterStrings } from './strings';

export interface IImportPanelProps {
  isOpen: boolean;
  locale: Locale;
  strings: IIssueRegisterStrings;
  ui: IUiStrings;
  now: () => Date;
  readWorkbook: (data: ArrayBuffer) => Promise<IImportSheet>;
  resolveUsers: (texts: ReadonlyArray<string>) => Promise<Record<string, IUserRef | undefined>>;
  loadSystems: () => Promise<ISystemOption[]>;
  importIssues: (issues: ReadonlyArray<IImportIssue>) => Promise<IImportOutcome>;
  onDismiss: () => void;
  onImported: () => void;
}

function readFile(file: File): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

/**
 * Excel 課題管理一覧 → the register: choose a file, adjust the column mapping, see every row's outcome, then
 * write the valid rows all together (or, if writing fails, none of them).
 */
export function ImportPanel(props: IImportPanelProps): JSX.Element {
  const { isOpen, locale, strings, ui, now, readWorkbook, resolveUsers, loadSystems, importIssues, onDismiss, onImported } = props;
  const [sheet, setSheet] = React.useState<IImportSheet | undefined>(undefined);
  const [mapping, setMapping] = React.useState<ImportMapping>({});
  const [results, setResults] = React.useState<ImportRowResult[] | undefined>(undefined);
  const [busy, setBusy] = React.useState(false);
  const [unreadable, setUnreadable] = React.useState(false);
  const [failure, setFailure] = React.useState<IDataError | undefined>(undefined);
  const [outcome, setOutcome] = React.useState<IImportOutcome | undefined>(undefined);

  const preview = React.useCallback(
    async (s: IImportSheet, m: ImportMapping): Promise<void> => {
      setBusy(true);
      setFailure(undefined);
      try {
        const [owners, systems] = await Promise.all([resolveUsers(ownerTexts(s, m)), loadSystems()]);
        const byTitle: Record<string, { id: number; vendorKey?: string }> = {};
        for (const sys of systems) byTitle[sys.title] = { id: sys.id, vendorKey: sys.vendorKey };
        setResults(validateImportRows(s, m, { owners, systems: byTitle }, now()));
      } catch (e) {
        setFailure(toDataError(e));
      } finally {
        setBusy(false);
      }
    },
    [resolveUsers, loadSystems, now]
  );

  const choose = async (file: File | undefined): Promise<void> => {
    setOutcome(undefined);
    setResults(undefined);
    setUnreadable(false);
    if (!file) return;
    let read: IImportSheet;
    try {
      read = await readWorkbook(await readFile(file));
    } catch {
      setUnreadable(true);
      return;
    }
    const m = guessMapping(read.headers);
    setSheet(read);
    setMapping(m);
    await preview(read, m);
  };

  const remap = (field: ImportField, column: number | undefined): void => {
    if (!sheet) return;
    const m: ImportMapping = { ...mapping };
    if (column === undefined) delete m[field];
    else m[field] = column;
    setMapping(m);
    preview(sheet, m).catch(() => undefined);
  };

  const run = async (): Promise<void> => {
    if (!results) return;
    setBusy(true);
    try {
      const good = results.filter((r) => r.ok).map((r) => (r.ok ? r.issue : (undefined as never)));
      const result = await importIssues(good);
      setOutcome(result);
      if (!result.failure) onImported();
    } catch (e) {
      setFailure(toDataError(e));
    } finally {
      setBusy(false);
    }
  };

  const okCount = results ? results.filter((r) => r.ok).length : 0;
  const rejected = results ? results.length - okCount : 0;
  const columnOptions = [{ key: '', text: strings.ImportNotMapped }].concat(sheet ? sheet.headers.map((h, i) => ({ key: String(i), text: h || `#${i + 1}` })) : []);

  return (
    <Panel isOpen={isOpen} type={PanelType.large} headerText={strings.ImportHeading} onDismiss={onDismiss} closeButtonAriaLabel={strings.Close}>
      <Stack tokens={{ childrenGap: 12 }}>
        <Text>{strings.ImportExplain}</Text>
        <label>
          <Text>{strings.ImportChooseFile}</Text>{' '}
          <input
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              choose(e.target.files ? e.target.files[0] : undefined).catch(() => undefined);
            }}
          />
        </label>
        {unreadable ? <MessageBar messageBarType={MessageBarType.error}>{strings.ImportUnreadable}</MessageBar> : undefined}
        {sheet ? (
          <Stack tokens={{ childrenGap: 6 }}>
            <Text variant="mediumPlus" as="h3">
              {strings.ImportMapping}
            </Text>
            <Stack horizontal={true} wrap={true} tokens={{ childrenGap: 12 }}>
              {IMPORT_FIELDS.map((field) => (
                <Dropdown
                  key={field}
                  label={IMPORT_FIELD_LABELS[field][locale]}
                  styles={{ root: { width: 180 } }}
                  selectedKey={mapping[field] === undefined ? '' : String(mapping[field])}
                  options={columnOptions}
                  onChange={(_e, o) => remap(field, o && o.key !== '' ? Number(o.key) : undefined)}
                />
              ))}
            </Stack>
          </Stack>
        ) : undefined}
        {busy ? <Spinner label={ui.loading} /> : undefined}
        {failure ? <ErrorBar error={failure} strings={ui} /> : undefined}
        {results && !outcome ? (
          <Stack tokens={{ childrenGap: 8 }}>
            <Text>{format(strings.ImportPreview, okCount, rejected)}</Text>
            <DetailsList
              items={results}
              selectionMode={SelectionMode.none}
              layoutMode={DetailsListLayoutMode.justified}
              columns={[
                { key: 'row', name: strings.ImportRow, minWidth: 40, maxWidth: 50, onRender: (r: ImportRowResult) => <span>{r.rowNumber}</span> },
                { key: 'title', name: IMPORT_FIELD_LABELS.title[locale], minWidth: 160, maxWidth: 280, onRender: (r: ImportRowResult) => <span>{r.ok ? r.issue.title : r.title}</span> },
                {
                  key: 'result',
                  name: strings.ImportResult,
                  minWidth: 240,
                  isMultiline: true,
                  onRender: (r: ImportRowResult) => <span>{r.ok ? strings.ImportOk : `${strings.ImportRejected}: ${r.reasons.map((x) => x[locale]).join(' ')}`}</span>
                }
              ]}
            />
            <Stack horizontal={true} tokens={{ childrenGap: 8 }}>
              <PrimaryButton
                text={format(strings.ImportRun, okCount)}
                disabled={busy || okCount === 0}
                onClick={() => {
                  run().catch(() => undefined);
                }}
              />
              <DefaultButton text={strings.Cancel} onClick={onDismiss} />
            </Stack>
          </Stack>
        ) : undefined}
        {outcome ? (
          <Stack tokens={{ childrenGap: 8 }}>
            {outcome.failure ? (
              <>
                <MessageBar messageBarType={MessageBarType.error}>{strings.ImportFailed}</MessageBar>
                <ErrorBar error={outcome.failure} strings={ui} />
                {outcome.leftBehind.length ? <MessageBar messageBarType={MessageBarType.severeWarning}>{format(strings.ImportLeftBehind, outcome.leftBehind.join(', '))}</MessageBar> : undefined}
              </>
            ) : (
              <MessageBar messageBarType={MessageBarType.success}>{format(strings.ImportDone, outcome.created.length, rejected)}</MessageBar>
            )}
          </Stack>
        ) : undefined}
      </Stack>
    </Panel>
  );
}
