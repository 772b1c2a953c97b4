import { DetailsList, DetailsListLayoutMode, IColumn, SelectionMode, Stack, Text } from '@fluentui/react';
import * as React from 'react';
import { Locale } from '../domain/vocabulary';
import { ISchemaItem } from '../data/fieldValues';
import { IListDef } from '../schema';
import { IDataError } from '../data/DataError';
import { formatValue } from './formatValue';
import { LoadMore } from './LoadMore';
import { IUiStrings } from './uiStrings';

export interface IRegisterTableProps {
  list: IListDef;
  /** Field keys to show after the title column. */
  columns: ReadonlyArray<string>;
  items: ReadonlyArray<ISchemaItem>;
  locale: Locale;
  strings: IUiStrings;
  emptyText?: string;
  onLoadMore?: () => void;
  loadingMore?: boolean;
  moreError?: IDataError;
}

/** A register as a Fluent list: column titles and cell text come from the schema, in the UI language. */
export function RegisterTable(props: IRegisterTableProps): JSX.Element {
  const { list, columns, items, locale, strings, emptyText, onLoadMore, loadingMore, moreError } = props;

  const detailColumns: IColumn[] = React.useMemo(() => {
    const title: IColumn = {
      key: 'title',
      name: list.titleField[locale],
      minWidth: 180,
      maxWidth: 360,
      isResizable: true,
      onRender: (item: ISchemaItem) => <span>{item.title}</span>
    };
    return [title].concat(
      columns.map((key) => {
        const field = list.fields[key];
        return {
          key,
          name: field.title[locale],
          minWidth: 80,
          maxWidth: 200,
          isResizable: true,
          onRender: (item: ISchemaItem) => <span>{formatValue(field, item.values[key], locale)}</span>
        };
      })
    );
  }, [list, columns, locale]);

  if (items.length === 0) {
    return (
      <Text block={true} variant="medium" styles={{ root: { padding: '24px 0' } }}>
        {emptyText || strings.empty}
      </Text>
    );
  }
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <DetailsList
        items={items as ISchemaItem[]}
        columns={detailColumns}
        getKey={(item: ISchemaItem) => String(item.id)}
        selectionMode={SelectionMode.none}
        layoutMode={DetailsListLayoutMode.justified}
        ariaLabelForGrid={list.title[locale]}
      />
      <LoadMore onLoadMore={onLoadMore} busy={loadingMore} error={moreError} strings={strings} />
    </Stack>
  );
}
