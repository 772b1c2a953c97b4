import * as React from 'react';
import { IItemPage } from '../../../data/SchemaListRepository';
import { Locale } from '../../../domain/vocabulary';
import { IssuesList } from '../../../schema';
import { RegisterPage } from '../../../ui/RegisterPage';
import { IUiStrings } from '../../../ui/uiStrings';

export interface IIssueRegisterStrings {
  Heading: string;
  Intro: string;
  EmptyText: string;
}

export interface IIssueRegisterProps {
  strings: IIssueRegisterStrings;
  ui: IUiStrings;
  locale: Locale;
  heading?: string;
  loadFirstPage: () => Promise<IItemPage>;
}

const COLUMNS = ['area', 'status', 'owner', 'dueDate', 'priority', 'pendingChange'];

export default function IssueRegister(props: IIssueRegisterProps): JSX.Element {
  const { strings, ui, locale, heading, loadFirstPage } = props;
  return (
    <RegisterPage
      heading={heading || strings.Heading}
      description={strings.Intro}
      list={IssuesList}
      columns={COLUMNS}
      locale={locale}
      strings={ui}
      emptyText={strings.EmptyText}
      loadFirstPage={loadFirstPage}
    />
  );
}
