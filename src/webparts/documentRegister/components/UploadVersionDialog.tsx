import { Checkbox, DefaultButton, Dialog, DialogFooter, DialogType, PrimaryButton, Spinner, SpinnerSize, Stack, Text } from '@fluentui/react';
import * as React from 'react';
import { IRegisterDocument } from '../../../data/documents';
import { IDataError, toDataError } from '../../../data/DataError';
import { requirementKey } from '../../../domain/documents';
import { IDocumentRequirementRef } from '../../../domain/entities/documentRecord';
import { ErrorBar } from '../../../ui/AsyncView';
import { IUiStrings } from '../../../ui/uiStrings';
import { IDocumentRegisterStrings } from './IDocumentRegisterStrings';

export interface IUploadVersionDialogProps {
  doc: IRegisterDocument;
  strings: IDocumentRegisterStrings;
  ui: IUiStrings;
  upload: (doc: IRegisterDocument, file: Blob, satisfies: IDocumentRequirementRef[]) => Promise<IRegisterDocument>;
  onDone: (updated: IRegisterDocument) => void;
  onDismiss: () => void;
}

function format(template: string, ...values: Array<string | number>): string {
  return template.replace(/\{(\d+)\}/g, (_, i: string) => String(values[Number(i)]));
}

/** Upload a new version of a register document and say which pending changes/incidents it covers. */
export function UploadVersionDialog(props: IUploadVersionDialogProps): JSX.Element {
  const { doc, strings, ui, upload, onDone, onDismiss } = props;
  const open = doc.requirements.filter((r) => !r.satisfied);
  const [file, setFile] = React.useState<File | undefined>(undefined);
  const [chosen, setChosen] = React.useState<string[]>(open.map((r) => requirementKey(r.ref)));
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<IDataError | undefined>(undefined);

  const submit = (): void => {
    if (!file) return;
    setBusy(true);
    setError(undefined);
    const refs = open.filter((r) => chosen.indexOf(requirementKey(r.ref)) >= 0).map((r) => r.ref);
    upload(doc, file, refs).then(
      (updated) => {
        setBusy(false);
        onDone(updated);
      },
      (e: unknown) => {
        setBusy(false);
        setError(toDataError(e));
      }
    );
  };

  return (
    <Dialog
      hidden={false}
      onDismiss={busy ? undefined : onDismiss}
      dialogContentProps={{ type: DialogType.normal, title: format(strings.UploadTitle, `${doc.number} ${doc.title}`), subText: strings.UploadIntro }}
      modalProps={{ isBlocking: true }}
      minWidth={420}
    >
      <Stack tokens={{ childrenGap: 12 }}>
        <Stack tokens={{ childrenGap: 4 }}>
          <label htmlFor={`upload-${doc.id}`} style={{ fontWeight: 600, fontSize: 12 }}>
            {strings.ChooseFile}
          </label>
          <input
            id={`upload-${doc.id}`}
            type="file"
            disabled={busy}
            onChange={(e) => setFile(e.target.files && e.target.files.length ? e.target.files[0] : undefined)}
          />
        </Stack>
        <Stack tokens={{ childrenGap: 6 }} role="group" aria-label={strings.Satisfies}>
          <Text variant="small" styles={{ root: { fontWeight: 600 } }}>
            {strings.Satisfies}
          </Text>
          {open.length === 0 ? <Text variant="small">{strings.NoRequirements}</Text> : undefined}
          {open.map((r) => {
            const key = requirementKey(r.ref);
            return (
              <Checkbox
                key={key}
                label={key}
                disabled={busy}
                checked={chosen.indexOf(key) >= 0}
                onChange={(_, checked) => setChosen(checked ? chosen.concat([key]) : chosen.filter((k) => k !== key))}
              />
            );
          })}
        </Stack>
        {busy ? <Spinner size={SpinnerSize.small} label={strings.Uploading} ariaLive="polite" /> : undefined}
        {error ? <ErrorBar error={error} strings={ui} onRetry={submit} /> : undefined}
      </Stack>
      <DialogFooter>
        <PrimaryButton text={strings.Upload} disabled={!file || busy} onClick={submit} />
        <DefaultButton text={strings.Cancel} disabled={busy} onClick={onDismiss} />
      </DialogFooter>
    </Dialog>
  );
}
