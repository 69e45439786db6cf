/** Which files are case documents: the rule lives in the protocol module, shared with the client. */
export { firstKeyIsCaselint, isCaseDocument, isCaseFileName } from '../protocol';
