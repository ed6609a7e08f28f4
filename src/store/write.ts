// Writes one extracted document into the store, in one transaction: the document, its actors and
// mentions, each engagement joined to the stored one it is a report of (or a new one), statements.
// A crash or kill between documents loses nothing committed and leaves nothing half-written.
import { createHash } from 'node:crypto';
import type { DocumentRecord, EngagementRecord, SourceDocument } from '../types.js';
import type { Db } from './db.js';
import { addDays } from '../days.js';
import {
  ANCHOR_WINDOW_DAYS, blockKey, chooseCandidate, claimAnchor, kindFamily, participantKey, statusFamily, summarise,
  type Candidate, type DateClaim, type EngagementSummary, type ReportClaim,
} from './merge.js';

/** The content hash: the same text, however its whitespace or Unicode form was written, is the same document. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC').replace(/\s+/g, ' ').trim()).digest('hex');
}

/** Where a document came from, for counting distinct outlets: the outlet named, else the site. */
export function sourceOf(doc: { outlet: string | null; url: string | null }): string | null {
  if (doc.outlet) return doc.outlet.trim().toLowerCase();
  if (doc.url) {
    try {
      return new URL(doc.url).hostname.replace(/^www\./, '').toLowerCase();
    } catch {
      return null;
    }
  }
  return null;
}

export const engagementId = (pk: number): string => `E${pk}`;
/** The row of an engagement id ("E12" or "12"), or null when it is not one. */
export const parseEngagementId = (id: string | number): number | null => (typeof id === 'number' ? id : /^E?\d+$/i.test(id) ? Number(id.replace(/^E/i, '')) : null);

export interface AddResult {
  documentPk: number;
  engagementsNew: number;
  engagementsJoined: number;
  /** The earlier version this document replaced (same id, different text), if any. */
  replaced: number | null;
}

interface ActorRow {
  pk: number;
  name: string | null;
  name_lower: string | null;
  role: string | null;
  affiliation: string | null;
}

interface ClaimRow {
  kind: ReportClaim['kind'];
  status: ReportClaim['status'];
  date: string | null;
  earliest: string | null;
  latest: string | null;
  published: string | null;
  location: string | null;
  host: string | null;
  initiator_pk: number | null;
  outlet: string | null;
  confidence: number | null;
  codes: string;
  topics: string;
}

export class StoreWriter {
  private readonly s;
  /** Full-text rows of the documents added in the open group, written by `flushText` (see `addInGroup`). */
  private pendingDocuments: [number, string, string][] = [];
  private pendingEvidence: [number, string][] = [];
  private grouped = false;
  /**
   * The actor rows as the open group left them, by key: an upsert that would change nothing is
   * skipped. Only within the group's transaction, which keeps other writers out.
   */
  private actorRows = new Map<string, ActorRow>();

  constructor(private readonly db: Db) {
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      hasHash: p('SELECT 1 FROM documents WHERE content_hash = ?').pluck(),
      activeById: p('SELECT pk FROM documents WHERE id = ? AND superseded_by IS NULL').pluck(),
      // Positional parameters throughout: binding by name looks each one up on the object passed.
      // The record goes in with the document: an update afterwards would write the whole row again.
      insertDocument: p(`INSERT INTO documents (id, content_hash, origin, title, url, outlet, source, published, published_source, language, text, record, ingested_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertDocumentFts: p('INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)'),
      deleteDocumentFts: p(`INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)`),
      upsertActor: p(`INSERT INTO actors (key, registry_id, name, name_lower, role, affiliation) VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT(key) DO UPDATE SET name = coalesce(actors.name, excluded.name), name_lower = coalesce(actors.name_lower, excluded.name_lower),
          role = coalesce(excluded.role, actors.role), affiliation = coalesce(excluded.affiliation, actors.affiliation)
        RETURNING pk, name, name_lower, role, affiliation`),
      upsertRole: p(`INSERT INTO actor_roles (actor_pk, role, affiliation, first_seen, last_seen, reports) VALUES (?, ?, ?, ?, ?, 1)
        ON CONFLICT(actor_pk, role, affiliation) DO UPDATE SET reports = reports + 1,
          first_seen = min(coalesce(first_seen, excluded.first_seen), coalesce(excluded.first_seen, first_seen)),
          last_seen = max(coalesce(last_seen, excluded.last_seen), coalesce(excluded.last_seen, last_seen))`),
      insertMention: p('INSERT INTO mentions (document_pk, actor_pk, text, start, end) VALUES (?, ?, ?, ?, ?)'),
      // A document's own engagements were told apart by the extractor: two of them never merge.
      candidates: p(`SELECT pk, earliest, latest, dated_earliest, dated_latest, first_published, last_published, anchor FROM engagements e
        WHERE block_key = ? AND kind_family = ? AND status_family = ? AND anchor BETWEEN ? AND ?
          AND NOT EXISTS (SELECT 1 FROM reports r WHERE r.engagement_pk = e.pk AND r.document_pk = ?)`),
      insertEngagement: p(`INSERT INTO engagements (block_key, kind, kind_family, status, status_family, multilateral, date, earliest, latest, date_disputed,
          dated_earliest, dated_latest, day, anchor, first_published, last_published, location, host, initiator_pk, plover, plover_mode, cameo, confidence, reports, outlets)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      updateEngagement: p(`UPDATE engagements SET kind = ?, status = ?, date = ?, earliest = ?, latest = ?, date_disputed = ?,
          dated_earliest = ?, dated_latest = ?, day = ?, anchor = ?, first_published = ?,
          last_published = ?, location = ?, host = ?, initiator_pk = ?, plover = ?,
          plover_mode = ?, cameo = ?, confidence = ?, reports = ?, outlets = ? WHERE pk = ?`),
      insertParticipant: p('INSERT OR IGNORE INTO participants (engagement_pk, actor_pk, affiliation, day) VALUES (?, ?, ?, ?)'),
      participantActors: p('SELECT actor_pk FROM participants WHERE engagement_pk = ?').pluck(),
      setParticipantDay: p('UPDATE participants SET day = ? WHERE engagement_pk = ?'),
      countActorEngagement: p('UPDATE actors SET engagements = engagements + ? WHERE pk = ?'),
      insertTopic: p('INSERT OR IGNORE INTO topics (topic, engagement_pk, day) VALUES (?, ?, ?)'),
      deleteTopics: p('DELETE FROM topics WHERE engagement_pk = ?'),
      setTopicDay: p('UPDATE topics SET day = ? WHERE engagement_pk = ?'),
      insertReport: p(`INSERT INTO reports (engagement_pk, document_pk, record_id, kind, status, date, earliest, latest, date_text, location, host, initiator_pk, participants, evidence, codes, topics, confidence)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      claims: p(`SELECT r.kind, r.status, r.date, r.earliest, r.latest, d.published, r.location, r.host, r.initiator_pk, d.source AS outlet, r.confidence, r.codes, r.topics
        FROM reports r JOIN documents d ON d.pk = r.document_pk WHERE r.engagement_pk = ? ORDER BY r.pk`),
      insertEvidenceFts: p('INSERT INTO evidence_fts (rowid, text) VALUES (?, ?)'),
      deleteEvidenceFts: p('DELETE FROM evidence_fts WHERE rowid = ?'),
      insertStatement: p(`INSERT INTO statements (document_pk, record_id, speaker_pk, act, plover, cameo, target_pk, engagement_pk, report_pk, text, evidence)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      // Superseding an earlier version of a document.
      oldDocument: p('SELECT pk, title, text FROM documents WHERE pk = ?'),
      oldReports: p('SELECT pk, engagement_pk FROM reports WHERE document_pk = ?'),
      deleteReports: p('DELETE FROM reports WHERE document_pk = ?'),
      deleteMentions: p('DELETE FROM mentions WHERE document_pk = ?'),
      deleteStatements: p('DELETE FROM statements WHERE document_pk = ?'),
      detachStatements: p('UPDATE statements SET engagement_pk = NULL, report_pk = NULL WHERE engagement_pk = ?'),
      deleteParticipants: p('DELETE FROM participants WHERE engagement_pk = ?'),
      deleteEngagement: p('DELETE FROM engagements WHERE pk = ?'),
      supersede: p('UPDATE documents SET superseded_by = ? WHERE pk = ?'),
    };
  }

  hasContent(hash: string): boolean {
    return this.s.hasHash.get(hash) !== undefined;
  }

  /** Stores a document and its record in one transaction (the caller has checked the hash is new). */
  add(doc: SourceDocument, record: DocumentRecord, hash = contentHash(doc.text)): AddResult {
    // Rows queued by `addInGroup` go first, outside this document's savepoint.
    if (this.pendingDocuments.length > 0) this.flushText();
    this.actorRows.clear();
    return this.addTx(doc, record, hash);
  }

  private readonly addTx = (doc: SourceDocument, record: DocumentRecord, hash: string): AddResult => this.db.transaction(() => this.write(doc, record, hash))();

  /**
   * Stores a document inside the caller's open transaction, without a savepoint of its own: if this
   * throws, the caller must roll the whole transaction back (and call `abandonGroup`). Its full-text
   * rows are queued and written by `endGroup`, which the caller runs before committing: FTS5 writes
   * its pending terms out as a new index segment at every savepoint that follows one of its writes,
   * so a group of documents written this way makes one segment rather than one each.
   */
  addInGroup(doc: SourceDocument, record: DocumentRecord, hash = contentHash(doc.text)): AddResult {
    this.grouped = true;
    try {
      return this.write(doc, record, hash);
    } finally {
      this.grouped = false;
    }
  }

  /** Finishes the group written with `addInGroup`: call before committing it. */
  endGroup(): void {
    this.flushText();
    this.actorRows.clear();
  }

  /** Forgets what the group written with `addInGroup` left queued or cached (it was rolled back). */
  abandonGroup(): void {
    this.pendingDocuments = [];
    this.pendingEvidence = [];
    this.actorRows.clear();
  }

  /** Writes the full-text rows queued by `addInGroup`. */
  private flushText(): void {
    const s = this.s;
    for (const [pk, title, text] of this.pendingDocuments) s.insertDocumentFts.run(pk, title, text);
    for (const [pk, text] of this.pendingEvidence) s.insertEvidenceFts.run(pk, text);
    this.pendingDocuments = [];
    this.pendingEvidence = [];
  }

  private write(doc: SourceDocument, record: DocumentRecord, hash: string): AddResult {
    const s = this.s;
    const previous = s.activeById.get(doc.id) as number | undefined;
    const source = sourceOf(doc);
    const docPk = Number(
      s.insertDocument.run(
        doc.id, hash, doc.origin, doc.title, doc.url, doc.outlet, source, doc.published, doc.publishedSource, doc.language, doc.text, JSON.stringify(record),
        new Date().toISOString(),
      ).lastInsertRowid,
    );
    if (this.grouped) this.pendingDocuments.push([docPk, doc.title ?? '', doc.text]);
    else s.insertDocumentFts.run(docPk, doc.title ?? '', doc.text);

    const actorPk = new Map<string, number>();
    const actorKey = new Map<string, string>();
    for (const a of record.actors) {
      const key = participantKey(a) ?? `x:${docPk}:${a.id}`;
      const nameLower = a.name?.toLowerCase() ?? null;
      let row = this.grouped ? this.actorRows.get(key) : undefined;
      // The upsert keeps a name already stored and takes any role and affiliation given.
      const unchanged =
        row !== undefined && (row.name !== null || a.name === null) && (row.name_lower !== null || nameLower === null) &&
        (a.role === null || a.role === row.role) && (a.affiliation === null || a.affiliation === row.affiliation);
      if (!unchanged) {
        row = s.upsertActor.get(key, a.registry_id, a.name, nameLower, a.role, a.affiliation) as ActorRow;
        if (this.grouped) this.actorRows.set(key, row);
      }
      const pk = row!.pk;
      actorPk.set(a.id, pk);
      actorKey.set(a.id, key);
      for (const m of a.mentions) s.insertMention.run(docPk, pk, m.text, m.start, m.end);
      if (a.role) s.upsertRole.run(pk, a.role, a.affiliation ?? '', doc.published, doc.published);
    }

    const result: AddResult = { documentPk: docPk, engagementsNew: 0, engagementsJoined: 0, replaced: null };
    const engagementPk = new Map<string, number>();
    const reportPk = new Map<string, number>();
    for (const e of record.engagements) {
      const { engagement, report, joined } = this.placeEngagement(e, doc, docPk, actorPk, actorKey);
      engagementPk.set(e.id, engagement);
      reportPk.set(e.id, report);
      if (joined) result.engagementsJoined++;
      else result.engagementsNew++;
    }

    for (const st of record.statements) {
      s.insertStatement.run(
        docPk, st.id, actorPk.get(st.speaker) ?? null, st.act, st.codes.plover, st.codes.cameo, st.target ? actorPk.get(st.target) ?? null : null,
        st.engagement ? engagementPk.get(st.engagement) ?? null : null, st.engagement ? reportPk.get(st.engagement) ?? null : null,
        st.text, JSON.stringify(st.evidence),
      );
    }

    if (previous !== undefined) {
      // The earlier version's full-text rows may still be queued: they must be in the index to come out of it.
      this.flushText();
      this.retract(previous, docPk);
      result.replaced = previous;
    }
    return result;
  }

  private placeEngagement(e: EngagementRecord, doc: SourceDocument, docPk: number, actorPk: Map<string, number>, actorKey: Map<string, string>) {
    const s = this.s;
    const pks = [...new Set(e.participants.map((p) => actorPk.get(p.actor)).filter((pk): pk is number => pk !== undefined))];
    const keys = e.participants.map((p) => actorKey.get(p.actor) ?? `x:${docPk}:${p.actor}`);
    const block = blockKey(keys);
    const claim: DateClaim = { date: e.date, earliest: e.date_range.earliest, latest: e.date_range.latest, published: doc.published };
    const kf = kindFamily(e.kind);
    const sf = statusFamily(e.status);
    const anchor = claimAnchor(claim);
    let target: number | null = null;
    if (anchor) {
      const candidates = s.candidates.all(block, kf, sf, addDays(anchor, -ANCHOR_WINDOW_DAYS), addDays(anchor, ANCHOR_WINDOW_DAYS), docPk) as Candidate[];
      target = chooseCandidate(claim, candidates)?.pk ?? null;
    }
    const initiator = e.initiator ? actorPk.get(e.initiator) ?? null : null;
    const joined = target !== null;
    if (target === null) {
      // The claim as `claims` would read it back from the report about to be written.
      const summary = summarise([{
        kind: e.kind, status: e.status, date: e.date, earliest: e.date_range.earliest, latest: e.date_range.latest, published: doc.published, location: e.location,
        host: e.host, initiator_pk: initiator, outlet: sourceOf(doc), confidence: e.confidence, plover: e.codes.plover, plover_mode: e.codes.plover_mode, cameo: e.codes.cameo,
      }]);
      target = Number(s.insertEngagement.run(block, ...engagementValues(summary, kf, sf, e.multilateral ? 1 : 0)).lastInsertRowid);
      for (const pk of pks) {
        s.insertParticipant.run(target, pk, affiliationOf(e, actorPk, pk), summary.day);
        s.countActorEngagement.run(1, pk);
      }
      for (const t of new Set(e.topics)) s.insertTopic.run(t, target, summary.day);
    }
    const report = Number(
      s.insertReport.run(
        target, docPk, e.id, e.kind, e.status, e.date, e.date_range.earliest, e.date_range.latest, e.date_text, e.location, e.host, initiator,
        JSON.stringify(e.participants.map((p) => ({ ...p, actor_pk: actorPk.get(p.actor) ?? null }))), JSON.stringify(e.evidence), JSON.stringify(e.codes),
        JSON.stringify(e.topics), e.confidence,
      ).lastInsertRowid,
    );
    const evidenceText = e.evidence.map((ev) => ev.text).join('\n');
    if (this.grouped) this.pendingEvidence.push([report, evidenceText]);
    else s.insertEvidenceFts.run(report, evidenceText);
    if (joined) this.refresh(target);
    return { engagement: target, report, joined };
  }

  /** Recomputes an engagement from all its reports; deletes it when none is left. */
  private refresh(pk: number): void {
    const s = this.s;
    const rows = s.claims.all(pk) as ClaimRow[];
    if (rows.length === 0) {
      for (const actor of s.participantActors.all(pk) as number[]) s.countActorEngagement.run(-1, actor);
      s.deleteParticipants.run(pk);
      s.deleteTopics.run(pk);
      s.detachStatements.run(pk);
      s.deleteEngagement.run(pk);
      return;
    }
    const summary = summarise(rows.map(toClaim));
    s.updateEngagement.run(...engagementValues(summary), pk);
    s.setParticipantDay.run(summary.day, pk);
    s.deleteTopics.run(pk);
    const topics = new Set(rows.flatMap((r) => JSON.parse(r.topics) as string[]));
    for (const t of topics) s.insertTopic.run(t, pk, summary.day);
  }

  /** Takes an earlier version's reports, mentions and statements out of the store; keeps its text. */
  private retract(oldPk: number, newPk: number): void {
    const s = this.s;
    const reports = s.oldReports.all(oldPk) as { pk: number; engagement_pk: number }[];
    s.deleteStatements.run(oldPk);
    s.deleteReports.run(oldPk);
    for (const r of reports) s.deleteEvidenceFts.run(r.pk);
    for (const e of new Set(reports.map((r) => r.engagement_pk))) this.refresh(e);
    s.deleteMentions.run(oldPk);
    const old = s.oldDocument.get(oldPk) as { pk: number; title: string | null; text: string };
    s.deleteDocumentFts.run(oldPk, old.title ?? '', old.text);
    s.supersede.run(newPk, oldPk);
  }
}

function affiliationOf(e: EngagementRecord, actorPk: Map<string, number>, pk: number): string | null {
  return e.participants.find((p) => actorPk.get(p.actor) === pk)?.affiliation ?? null;
}

function toClaim(r: ClaimRow): ReportClaim {
  const codes = JSON.parse(r.codes) as EngagementRecord['codes'];
  return {
    kind: r.kind, status: r.status, date: r.date, earliest: r.earliest, latest: r.latest, published: r.published, location: r.location,
    host: r.host, initiator_pk: r.initiator_pk, outlet: r.outlet, confidence: r.confidence, plover: codes.plover, plover_mode: codes.plover_mode, cameo: codes.cameo,
  };
}

/**
 * An engagement's columns from its summary, in the order of `insertEngagement` after the block key
 * (with the families and the multilateral flag) or of `updateEngagement` (without them).
 */
function engagementValues(s: EngagementSummary, kindFamily?: string, statusFamily?: string, multilateral?: number): unknown[] {
  const disputed = s.date_disputed ? 1 : 0;
  const dated = [s.date, s.earliest, s.latest, disputed, s.dated_earliest, s.dated_latest, s.day, s.anchor, s.first_published, s.last_published,
    s.location, s.host, s.initiator_pk, s.plover, s.plover_mode, s.cameo, s.confidence, s.reports, s.outlets];
  return kindFamily === undefined ? [s.kind, s.status, ...dated] : [s.kind, kindFamily, s.status, statusFamily, multilateral, ...dated];
}
