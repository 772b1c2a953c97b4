import * as React from 'react';
import { IItemPage } from '../../../data/SchemaListRepository';
import { Locale } from '../../../domain/vocabulary';
import { InquiriesList } from '../../../schema';
import { RegisterPage } from '../../../ui/RegisterPage';
import { IUiStrings } from '../../../ui/uiStrings';

export interface IInquiryQueueStrings {
  Heading: string;
  Intro: string;
  EmptyText: string;
}

export interface IInquiryQueueProps {
  strings: IInquiryQueueStrings;
  ui: IUiStrings;
  locale: Locale;
  heading?: string;
  loadFirstPage: () => Promise<IItemPage>;
}

const COLUMNS = ['status', 'system', 'requester', 'assignee', 'receivedAt', 'firstResponseDue'];

export default function InquiryQueue(props: IInquiryQueueProps): JSX.Element {
  const { strings, ui, locale, heading, loadFirstPage } = props;
  return (
    <RegisterPage
      heading={heading || strings.Heading}
      description={strings.Intro}
      list={InquiriesList}
      columns={COLUMNS}
      locale={locale}
      strings={ui}
      emptyText={strings.EmptyText}
      loadFirstPage={loadFirstPage}
    />
  );
}
