/**
 * How readSite normalises what SharePoint returns. The shapes are SharePoint Online's JSON light (nometadata)
 * responses: collections as arrays or `{ results }`, LookupList as a braced GUID, RichTextMode only in SchemaXml,
 * view columns either expanded (`ViewFields.Items`) or only inside ListViewXml.
 */
import { toField, toView, viewFieldsOf } from '../../../provisioning/src/readSite';

describe('readSite normalisation', () => {
  test('a rich-text note column: RichTextMode comes from SchemaXml', () => {
    const f = toField({
      Id: 'aa', InternalName: 'Body', Title: '内容', TypeAsString: 'Note', FieldTypeKind: 3, Required: true, Indexed: false,
      EnforceUniqueValues: false, Hidden: false, Description: '', DefaultValue: null, RichText: true,
      SchemaXml: '<Field Type="Note" DisplayName="内容" RichText="TRUE" RichTextMode="FullHtml" ID="{aa}" Name="Body" />'
    });
    expect(f).toMatchObject({ internalName: 'Body', title: '内容', richText: true, richTextMode: 'FullHtml', required: true });
  });

  test('choices in either collection shape, and a lookup target as a bare lower-case GUID', () => {
    expect(toField({ Id: 'c', InternalName: 'S', FieldTypeKind: 6, Choices: { results: ['未着手', '完了'] } }).choices).toEqual(['未着手', '完了']);
    expect(toField({ Id: 'c', InternalName: 'S', FieldTypeKind: 6, Choices: ['未着手'] }).choices).toEqual(['未着手']);
    const lookup = toField({ Id: 'l', InternalName: 'Sys', FieldTypeKind: 7, LookupList: '{5C77A3E4-0000-4000-8000-000000000001}', LookupField: 'Title', AllowMultipleValues: false });
    expect(lookup).toMatchObject({ lookupListId: '5c77a3e4-0000-4000-8000-000000000001', lookupField: 'Title', allowMultipleValues: false });
  });

  test('a view is known by its file name; its columns come from ViewFields when expanded, else from ListViewXml', () => {
    const fromXml = toView({
      Id: '{ABC}', Title: '期限超過', ServerRelativeUrl: '/sites/opsdesk/Lists/OpsIssues/Overdue.aspx', DefaultView: false, PersonalView: false, RowLimit: 50,
      ViewQuery: '<OrderBy><FieldRef Name="Due" /></OrderBy>',
      ListViewXml: '<View Name="{ABC}"><Query/><ViewFields><FieldRef Name="ID" /><FieldRef Name="LinkTitle" /></ViewFields><RowLimit>50</RowLimit></View>'
    });
    expect(fromXml).toEqual({
      id: 'abc', title: '期限超過', fileName: 'Overdue', defaultView: false, personalView: false, rowLimit: 50,
      viewQuery: '<OrderBy><FieldRef Name="Due" /></OrderBy>', fields: ['ID', 'LinkTitle']
    });
    expect(viewFieldsOf({ ViewFields: { Items: { results: ['LinkTitle', 'Status'] } }, ListViewXml: '<ViewFields><FieldRef Name="X"/></ViewFields>' })).toEqual(['LinkTitle', 'Status']);
    expect(toView({ Id: 'x', ServerRelativePath: { DecodedUrl: '/sites/opsdesk/OpsDocuments/Forms/AllItems.aspx' } }).fileName).toBe('AllItems');
  });
});
