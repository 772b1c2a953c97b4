import { formatJst } from '../domain/time';
import { Locale } from '../domain/vocabulary';
import { FieldValue, ILookupValue, IUserValue } from '../data/fieldValues';
import { IFieldDef } from '../schema';

function names(values: ReadonlyArray<IUserValue | ILookupValue>): string {
  return values.map((v) => v.title).join('、');
}

/** A field value as a register cell shows it: JST times, choice labels in the UI language, people by name. */
export function formatValue(field: IFieldDef, value: FieldValue, locale: Locale): string {
  if (value === undefined || value === null || value === '') return '';
  switch (field.kind) {
    case 'user':
    case 'lookup':
      return (value as IUserValue | ILookupValue).title;
    case 'userMulti':
    case 'lookupMulti':
      return names(value as Array<IUserValue | ILookupValue>);
    case 'choice': {
      const choice = (field.choices || []).filter((c) => c.value === value)[0];
      return choice && locale === 'en' ? choice.en : String(value);
    }
    case 'multiChoice':
      return (value as string[]).join('、');
    case 'boolean':
      return value ? (locale === 'en' ? 'Yes' : 'はい') : '';
    case 'dateTime':
      return formatJst(new Date(String(value))).replace(/-/g, '/');
    case 'dateOnly':
      return String(value).replace(/-/g, '/');
    case 'richText':
      // A cell shows text only; the sanitized rich text is rendered in the item's own view.
      return String(value).replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
    default:
      return String(value);
  }
}
