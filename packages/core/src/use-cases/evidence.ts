import { LensError } from '../domain/errors';
import type { Role } from '../domain/roles';
import {
  ATTACHMENT_TYPES,
  shownCopy,
  sniffType,
  type AttachmentType,
} from '../formats/image-metadata';
import type { Attachment } from '../ports/reports';
import { vaultOf, type UseCaseDeps } from './context';

/**
 * Attachments as evidence: checked by their bytes at intake, shown without metadata, originals
 * sealed, every view audited, and re-hashed on demand (`lens evidence verify`).
 */

/** A file as received with a report. */
export interface IncomingFile {
  readonly fileName: string;
  readonly declaredType: string;
  readonly bytes: Uint8Array;
}

export const MAX_ATTACHMENTS = 5;
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

interface PreparedFile {
  readonly file: IncomingFile;
  readonly type: AttachmentType;
  readonly shown: Uint8Array;
  readonly name: string;
}

/** Checks files by their bytes and makes the metadata-free copies; problems go to `errors`. */
export function prepareFiles(
  files: readonly IncomingFile[],
  errors: Record<string, string>,
): PreparedFile[] {
  if (files.length > MAX_ATTACHMENTS) {
    errors.attachments = `at most ${MAX_ATTACHMENTS} files`;
    return [];
  }
  const out: PreparedFile[] = [];
  for (const f of files) {
    const name = safeName(f.fileName);
    if (f.bytes.length === 0) errors.attachments = `${name} is empty`;
    else if (f.bytes.length > MAX_ATTACHMENT_BYTES)
      errors.attachments = `${name} is larger than ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`;
    else {
      const type = sniffType(f.bytes);
      if (!type)
        errors.attachments = `${name} is not a JPEG, PNG or PDF file (${ATTACHMENT_TYPES.join(', ')} are accepted)`;
      else if (f.declaredType !== type && f.declaredType !== 'application/octet-stream')
        errors.attachments = `${name} was sent as ${f.declaredType} but its content is ${type}`;
      else
        try {
          out.push({ file: f, type, shown: shownCopy(f.bytes, type, name), name });
        } catch (e) {
          if (!(e instanceof LensError)) throw e;
          errors.attachments = e.message;
        }
    }
  }
  return out;
}

/**
 * PDFs are shown rebuilt (pages only: no metadata, JavaScript, embedded files or annotations);
 * one that cannot be read, or a server without a sanitiser, is refused with the file named.
 */
export async function rebuildDocuments(
  deps: UseCaseDeps,
  prepared: readonly PreparedFile[],
  errors: Record<string, string>,
): Promise<PreparedFile[]> {
  const out: PreparedFile[] = [];
  for (const p of prepared) {
    if (p.type !== 'application/pdf') {
      out.push(p);
      continue;
    }
    if (!deps.documents) {
      errors.attachments = `${p.name}: this server cannot rebuild PDFs for showing; send photos of its pages`;
      continue;
    }
    try {
      out.push({ ...p, shown: await deps.documents.pdf(p.file.bytes, p.name) });
    } catch (e) {
      if (!(e instanceof LensError)) throw e;
      errors.attachments = e.message;
    }
  }
  return out;
}

/** A file name safe to show and to put in a download header. */
const safeName = (n: string): string =>
  [...(n.split(/[\\/]/).pop() ?? '')]
    .filter((c) => c.charCodeAt(0) >= 32 && c.charCodeAt(0) !== 127 && c !== '"')
    .join('')
    .slice(0, 200) || 'file';

/**
 * An attachment's bytes: the metadata-free copy for readers, the original (unsealed) only for
 * admins. Every view is a custody event in the audit log.
 */
export async function readAttachment(
  deps: UseCaseDeps,
  input: { reportId: number; attachmentId: number; original: boolean; role: Role; actor: string },
): Promise<{ attachment: Attachment; bytes: Uint8Array }> {
  if (input.original && input.role !== 'admin')
    throw new LensError(
      'forbidden',
      'Only an admin can open an original (it may hold GPS and device data)',
    );
  const a = await deps.store.attachments.get(input.attachmentId);
  if (!a || a.reportId !== input.reportId)
    throw new LensError(
      'not_found',
      `No attachment ${input.attachmentId} on report ${input.reportId}`,
    );
  const evidence = deps.evidence;
  if (!evidence) throw new Error('No evidence store is configured');
  const bytes = input.original
    ? vaultOf(deps).openBytes(a.originalKeyId, await evidence.get(a.originalRef))
    : await evidence.get(a.shownRef);
  await deps.store.audit.append({
    at: deps.clock.now().toISOString(),
    actor: input.actor,
    action: input.original ? 'evidence.viewed-original' : 'evidence.viewed',
    recordType: 'attachment',
    recordId: String(a.id),
    detail: { report: a.reportId, sha256: input.original ? a.sha256 : a.shownSha256 },
  });
  return { attachment: a, bytes };
}

export interface EvidenceCheck {
  readonly checked: number;
  readonly mismatches: ReadonlyArray<{ attachment: number; report: number; problem: string }>;
}

/**
 * Re-hashes every stored attachment: the copy shown and the sealed original (opened and hashed
 * against the hash taken at intake). The result is itself audited.
 */
export async function verifyEvidence(deps: UseCaseDeps, actor: string): Promise<EvidenceCheck> {
  const evidence = deps.evidence;
  if (!evidence) throw new Error('No evidence store is configured');
  const vault = vaultOf(deps);
  const mismatches: Array<{ attachment: number; report: number; problem: string }> = [];
  const all = await deps.store.attachments.all();
  for (const a of all) {
    const problem = await (async () => {
      try {
        const shown = await evidence.get(a.shownRef);
        if (evidence.sha256(shown) !== a.shownSha256)
          return 'the shown copy does not match its hash';
        const sealed = await evidence.get(a.originalRef);
        if (evidence.sha256(sealed) !== a.originalRef) return 'the sealed original was altered';
        if (evidence.sha256(vault.openBytes(a.originalKeyId, sealed)) !== a.sha256)
          return 'the original does not match the hash taken at intake';
        return null;
      } catch (e) {
        return `unreadable: ${(e as Error).message}`;
      }
    })();
    if (problem) mismatches.push({ attachment: a.id, report: a.reportId, problem });
  }
  await deps.store.audit.append({
    at: deps.clock.now().toISOString(),
    actor,
    action: 'evidence.verified',
    recordType: 'attachment',
    recordId: '*',
    detail: { checked: all.length, mismatches: mismatches.length },
  });
  return { checked: all.length, mismatches };
}
