import * as React from 'react';
import { IItemPage } from '../../../data/SchemaListRepository';
import { Locale } from '../../../domain/vocabulary';
import { ServicesList } from '../../../schema';
import { RegisterPage } from '../../../ui/RegisterPage';
import { IUiStrings } from '../../../ui/uiStrings';

export interface IServiceCatalogStrings {
  Heading: string;
  Intro: string;
  EmptyText: string;
}

export interface IServiceCatalogProps {
  strings: IServiceCatalogStrings;
  ui: IUiStrings;
  locale: Locale;
  heading?: string;
  loadFirstPage: () => Promise<IItemPage>;
}

const COLUMNS = ['category', 'providerName', 'audience', 'firstResponseTarget'];

export default function ServiceCatalog(props: IServiceCatalogProps): JSX.Element {
  const { strings, ui, locale, heading, loadFirstPage } = props;
  return (
    <RegisterPage
      heading={heading || strings.Heading}
      description={strings.Intro}
      list={ServicesList}
      columns={COLUMNS}
      locale={locale}
      strings={ui}
      emptyText={strings.EmptyText}
      loadFirstPage={loadFirstPage}
    />
  );
}
