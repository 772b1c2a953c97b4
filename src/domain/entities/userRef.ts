/** A SharePoint user as referenced from a list item (a Person field). */
export interface IUserRef {
  /** Site user id (the lookup id of a Person field). */
  id: number;
  /** Display name. */
  title: string;
  email?: string;
  loginName?: string;
}
