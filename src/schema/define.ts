import { codesOf, LabelTable } from '../domain/vocabulary';
import { IChoiceOption, IFieldDef, IListDef } from './types';

/** Choice options from a domain vocabulary: SharePoint stores the Japanese label, the domain keeps the code. */
export function choicesFrom<T extends string>(table: LabelTable<T>): IChoiceOption[] {
  return codesOf(table).map((code) => ({ code, value: table[code].ja, en: table[code].en }));
}

/** Keeps the literal field keys of a list so repositories get `list.fields.owner` checked by the compiler. */
export function defineList<TFields extends Record<string, IFieldDef>>(list: IListDef<TFields>): IListDef<TFields> {
  return list;
}

/** The fields of a list in declaration order (the order provisioning creates them and forms show them). */
export function fieldsOf(list: IListDef): IFieldDef[] {
  return Object.keys(list.fields).map((key) => list.fields[key]);
}
