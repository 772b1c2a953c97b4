import { IUserRef } from '../../domain';
import { ISiteConfig } from '../../schema';
import { DataError, toDataError } from '../DataError';
import { SPFI } from '../pnp';
import { inOwnBatch } from '../ownBatch';
import { assigneeGroupTitle, ICurrentUser, ICurrentUserRepository, rolesFromGroups } from './currentUser';

interface IUserInfo {
  Id: number;
  Title: string;
  Email?: string;
  LoginName?: string;
  IsSiteAdmin?: boolean;
}

function toUserRef(u: IUserInfo): IUserRef {
  const ref: IUserRef = { id: u.Id, title: u.Title };
  if (u.Email) ref.email = u.Email;
  if (u.LoginName) ref.loginName = u.LoginName;
  return ref;
}

/** The current user and their groups through PnPjs (`web.currentUser`, `currentUser.groups`), in one $batch. */
export class SpCurrentUserRepository implements ICurrentUserRepository {
  constructor(
    private readonly sp: SPFI,
    private readonly config: ISiteConfig
  ) {}

  public async load(): Promise<ICurrentUser> {
    return inOwnBatch(this.sp, (batched) => this.inBatch(batched));
  }

  /**
   * Adds the two reads to a batch the caller executes (so a web part's first screen stays one request); the
   * returned function gives the user once the batch has run.
   */
  public inBatch(batched: SPFI): () => Promise<ICurrentUser> {
    const userRequest = batched.web.currentUser.select('Id', 'Title', 'Email', 'LoginName', 'IsSiteAdmin')<IUserInfo>();
    const groupsRequest = batched.web.currentUser.groups.select('Id', 'Title')<Array<{ Id: number; Title: string }>>();
    const both = Promise.all([userRequest, groupsRequest]);
    // If the batch itself fails, its error is the one to report; the per-request rejections follow it.
    both.catch(() => undefined);
    return async () => {
      try {
        const [user, groups] = await both;
        const groupTitles = groups.map((g) => g.Title);
        const { roles, vendorKey } = rolesFromGroups(groupTitles, this.config);
        const current: ICurrentUser = { user: toUserRef(user), roles, groupTitles, isSiteAdmin: !!user.IsSiteAdmin };
        if (vendorKey !== undefined) current.vendorKey = vendorKey;
        return current;
      } catch (e) {
        throw toDataError(e);
      }
    };
  }

  public async assignableUsers(vendorKey?: string): Promise<IUserRef[]> {
    const title = assigneeGroupTitle(this.config, vendorKey);
    if (!title) throw new DataError({ kind: 'notFound', detail: `No group for vendor ${vendorKey || '(ICT center)'}` });
    try {
      const users = await this.sp.web.siteGroups.getByName(title).users.select('Id', 'Title', 'Email', 'LoginName')<IUserInfo[]>();
      return users.map(toUserRef);
    } catch (e) {
      throw toDataError(e);
    }
  }
}
