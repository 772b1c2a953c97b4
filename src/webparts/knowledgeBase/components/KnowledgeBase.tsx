import * as React from 'react';
import { IItemPage } from '../../../data/SchemaListRepository';
import { Locale } from '../../../domain/vocabulary';
import { FaqList } from '../../../schema';
import { RegisterPage } from '../../../ui/RegisterPage';
import { IUiStrings } from '../../../ui/uiStrings';

export interface IKnowledgeBaseStrings {
  Heading: string;
  Intro: string;
  EmptyText: string;
}

export interface IKnowledgeBaseProps {
  strings: IKnowledgeBaseStrings;
  ui: IUiStrings;
  locale: Locale;
  heading?: string;
  loadFirstPage: () => Promise<IItemPage>;
}

const COLUMNS = ['category', 'system', 'tags'];

export default function KnowledgeBase(props: IKnowledgeBaseProps): JSX.Element {
  const { strings, ui, locale, heading, loadFirstPage } = props;
  return (
    <RegisterPage
      heading={heading || strings.Heading}
      description={strings.Intro}
      list={FaqList}
      columns={COLUMNS}
      locale={locale}
      strings={ui}
      emptyText={strings.EmptyText}
      loadFirstPage={loadFirstPage}
    />
  );
}
