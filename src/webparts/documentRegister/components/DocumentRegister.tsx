import * as React from 'react';
import { IItemPage } from '../../../data/SchemaListRepository';
import { Locale } from '../../../domain/vocabulary';
import { DocumentsList } from '../../../schema';
import { RegisterPage } from '../../../ui/RegisterPage';
import { IUiStrings } from '../../../ui/uiStrings';

export interface IDocumentRegisterStrings {
  Heading: string;
  Intro: string;
  EmptyText: string;
}

export interface IDocumentRegisterProps {
  strings: IDocumentRegisterStrings;
  ui: IUiStrings;
  locale: Locale;
  heading?: string;
  loadFirstPage: () => Promise<IItemPage>;
}

const COLUMNS = ['number', 'docType', 'system', 'owner', 'status', 'nextReview', 'updatePending'];

export default function DocumentRegister(props: IDocumentRegisterProps): JSX.Element {
  const { strings, ui, locale, heading, loadFirstPage } = props;
  return (
    <RegisterPage
      heading={heading || strings.Heading}
      description={strings.Intro}
      list={DocumentsList}
      columns={COLUMNS}
      locale={locale}
      strings={ui}
      emptyText={strings.EmptyText}
      loadFirstPage={loadFirstPage}
    />
  );
}
