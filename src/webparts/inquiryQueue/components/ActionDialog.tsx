import { DefaultButton, Dialog, DialogFooter, DialogType, Dropdown, IDropdownOption, PrimaryButton, Stack, TextField } from '@fluentui/react';
import * as React from 'react';
import { ICurrentUser } from '../../../data/currentUser';
import { IDataError, toDataError } from '../../../data/DataError';
import { IInquiryRecord } from '../../../data/inquiries';
import { INQUIRY_ACTION_LABELS, INQUIRY_CATEGORY_LABELS, InquiryAction, IUserRef, Locale } from '../../../domain';
import { ErrorBar } from '../../../ui/AsyncView';
import { IUiStrings } from '../../../ui/uiStrings';
import { IInquiryQueueServices } from './IInquiryQueueServices';
import { IInquiryQueueStrings } from './IInquiryQueueStrings';
import { LazyRichTextEditor } from './LazyRichTextEditor';
import { format } from './queueModel';

/** An inquiry action, or creating an FAQ draft from it. */
export type QueueAction = InquiryAction | 'promoteToFaq';

/** What the user entered for an action. */
export interface IActionInput {
  assignee?: IUserRef;
  /** The vendor chosen by the ICT center; '' for the ICT center's own queue. */
  vendorKey?: string;
  text?: string;
  faq?: { question: string; answer: string; category: string };
}

export interface IActionDialogProps {
  action: QueueAction;
  record: IInquiryRecord;
  user: ICurrentUser;
  services: IInquiryQueueServices;
  strings: IInquiryQueueStrings;
  ui: IUiStrings;
  locale: Locale;
  busy: boolean;
  onSubmit: (input: IActionInput) => void;
  onCancel: () => void;
}

function plainText(html: string): string {
  return html.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Collects what an action needs (assignee, response text, FAQ draft) and confirms it. */
export function ActionDialog(props: IActionDialogProps): JSX.Element {
  const { action, record, user, services, strings, ui, locale, busy, onSubmit, onCancel } = props;
  const isIct = user.roles.indexOf('ictCenter') >= 0;
  const needsAssignee = action === 'assign' || action === 'reassign';
  const textLabel =
    action === 'recordFirstResponse' ? strings.FirstResponseLabel : action === 'resolve' ? strings.ResolutionLabel : action === 'askRequester' ? strings.QuestionLabel : undefined;
  const title = action === 'promoteToFaq' ? strings.PromoteToFaq : INQUIRY_ACTION_LABELS[action][locale];

  const [vendorKey, setVendorKey] = React.useState<string>(isIct ? record.vendorKey || '' : user.vendorKey || '');
  const [candidates, setCandidates] = React.useState<IUserRef[]>([]);
  const [candidatesError, setCandidatesError] = React.useState<IDataError | undefined>(undefined);
  const [assignee, setAssignee] = React.useState<IUserRef | undefined>(undefined);
  const [text, setText] = React.useState(action === 'promoteToFaq' ? '' : '');
  const [question, setQuestion] = React.useState(record.subject);
  const [category, setCategory] = React.useState(INQUIRY_CATEGORY_LABELS[record.category][locale]);
  const [error, setError] = React.useState<string | undefined>(undefined);

  React.useEffect(() => {
    if (!needsAssignee) return;
    let live = true;
    setCandidatesError(undefined);
    services.currentUser.assignableUsers(vendorKey || undefined).then(
      (users) => live && setCandidates(users),
      (e: unknown) => live && setCandidatesError(toDataError(e))
    );
    return () => {
      live = false;
    };
  }, [needsAssignee, vendorKey, services]);

  const submit = (): void => {
    if (needsAssignee && !assignee) return setError(strings.AssigneeRequired);
    if (textLabel && !plainText(text)) return setError(format(strings.TextRequired, textLabel));
    if (action === 'promoteToFaq' && (!question.trim() || !plainText(text || record.resolution || '') || !category.trim())) {
      return setError(format(strings.TextRequired, !question.trim() ? strings.FaqQuestionLabel : !category.trim() ? strings.FaqCategoryLabel : strings.FaqAnswerLabel));
    }
    setError(undefined);
    const input: IActionInput = {};
    if (needsAssignee) {
      input.assignee = assignee;
      if (isIct) input.vendorKey = vendorKey;
    }
    if (textLabel) input.text = text;
    if (action === 'promoteToFaq') input.faq = { question: question.trim(), answer: text || record.resolution || '', category: category.trim() };
    onSubmit(input);
  };

  const vendorOptions: IDropdownOption[] = [{ key: '', text: strings.VendorIctCenter }].concat(
    services.vendors.map((v) => ({ key: v.key, text: v.name }))
  );
  const candidateOptions: IDropdownOption[] = candidates.map((u) => ({ key: u.id, text: u.title }));
  if (assignee && candidates.every((c) => c.id !== assignee.id)) candidateOptions.unshift({ key: assignee.id, text: assignee.title });

  return (
    <Dialog
      hidden={false}
      onDismiss={busy ? undefined : onCancel}
      dialogContentProps={{
        type: DialogType.normal,
        title,
        closeButtonAriaLabel: strings.Close,
        subText: !needsAssignee && !textLabel && action !== 'promoteToFaq' ? format(strings.ConfirmAction, title) : undefined
      }}
      modalProps={{ isBlocking: true }}
      minWidth={520}
    >
      <Stack tokens={{ childrenGap: 10 }}>
        {needsAssignee && isIct ? (
          <Dropdown
            label={strings.VendorLabel}
            options={vendorOptions}
            selectedKey={vendorKey}
            onChange={(_, o) => {
              setVendorKey(o ? String(o.key) : '');
              setAssignee(undefined);
            }}
          />
        ) : undefined}
        {needsAssignee ? (
          <Stack horizontal={true} verticalAlign="end" tokens={{ childrenGap: 8 }}>
            <Dropdown
              label={strings.AssigneeLabel}
              placeholder={strings.AssigneePlaceholder}
              required={true}
              options={candidateOptions}
              selectedKey={assignee ? assignee.id : null} // eslint-disable-line @rushstack/no-new-null
              onChange={(_, o) => setAssignee(o ? candidates.filter((c) => c.id === o.key)[0] || assignee : undefined)}
              styles={{ root: { minWidth: 260 } }}
            />
            <DefaultButton text={strings.AssignToMe} onClick={() => setAssignee(user.user)} />
          </Stack>
        ) : undefined}
        {candidatesError ? <ErrorBar error={candidatesError} strings={ui} /> : undefined}
        {action === 'promoteToFaq' ? (
          <>
            <TextField label={strings.FaqQuestionLabel} required={true} value={question} onChange={(_, v) => setQuestion(v || '')} />
            <TextField label={strings.FaqCategoryLabel} required={true} value={category} onChange={(_, v) => setCategory(v || '')} />
          </>
        ) : undefined}
        {textLabel || action === 'promoteToFaq' ? (
          <LazyRichTextEditor
            label={textLabel || strings.FaqAnswerLabel}
            required={true}
            initialHtml={action === 'promoteToFaq' ? services.sanitize(record.resolution || '') : undefined}
            onChange={setText}
            locale={locale}
            loadingLabel={strings.LoadingEditor}
          />
        ) : undefined}
        {error ? (
          <div role="alert" style={{ color: '#a4262c' }}>
            {error}
          </div>
        ) : undefined}
      </Stack>
      <DialogFooter>
        <PrimaryButton text={strings.Run} onClick={submit} disabled={busy} />
        <DefaultButton text={strings.Cancel} onClick={onCancel} disabled={busy} />
      </DialogFooter>
    </Dialog>
  );
}
