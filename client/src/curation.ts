// The curator's tools on the page: sign-in, claim and actor fixes, the source reader, undo, history and rejected claims.
import { attachActorPicker } from './actorPicker';
import { ApiError, graphql } from './api';
import { askToken, currentToken } from './authDialog';
import { download, el, replaceChildren } from './dom';
import { actorPanel } from './queries';
import {
  AddMeetingDocument,
  AddStanceDocument,
  ArticleTextDocument,
  ConfirmClaimDocument,
  CurationsDocument,
  CuratorStatusDocument,
  EditActorDocument,
  MergeActorsDocument,
  RedateClaimDocument,
  RejectClaimDocument,
  RejectedClaimsDocument,
  SplitActorDocument,
  ReviseStanceDocument,
  UndoCurationDocument,
  type CurationFieldsFragment,
} from './generated/graphQuestionTypes';
import type { Evidence, GraphNode, SearchHit } from './types';

type CurationRow = CurationFieldsFragment;

/** What the tools need from the page: redraw after a change, names for ids, and the evidence panel. */
export interface CurationHost {
  /** The graph changed: redraw the map, then open `focus` (an actor id) if given. */
  refresh(focus?: string): Promise<void>;
  label(id: string): string;
  /** Replace the evidence panel with a view of the tools' own (history, rejected claims). */
  showPanel(title: string, subtitle: string, body: HTMLElement): void;
}

const UNDO_KEY = 'entente.curations';

function messageOf(error: unknown): string {
  return messageOf(error);
}

function newId(): string {
  return crypto.randomUUID();
}

/** Parts of a claim key ("stance|BACKS|<from>|<to>|<article>", "meeting|<id>"): server/src/graphql/graphQuestions.graphql. */
function stanceParts(claim: string): { type: string; from: string; to: string; article: string } | undefined {
  const [kind, type, from, to, article] = claim.split('|');
  return kind === 'stance' && type && from && to && article ? { type, from, to, article } : undefined;
}

function button(label: string, testid: string, onclick: () => void, title?: string): HTMLButtonElement {
  return el('button', { type: 'button', className: 'small', 'data-testid': testid, title, onclick }, label);
}

/** A modal form; resolves with the submitter's value, or undefined when cancelled. */
function formDialog(title: string, testid: string, fields: HTMLElement[], submit: string): Promise<boolean> {
  return new Promise((resolve) => {
    const form = el(
      'form',
      { method: 'dialog' },
      el('h2', {}, title),
      ...fields,
      el(
        'div',
        { className: 'dialog-actions' },
        el('button', { type: 'button', className: 'secondary', 'data-testid': `${testid}-cancel` }, 'Cancel'),
        el('button', { type: 'submit', 'data-testid': `${testid}-submit` }, submit),
      ),
    );
    const dialog = el('dialog', { className: 'token-dialog curation-dialog', 'data-testid': testid }, form);
    document.body.append(dialog);
    const finish = (ok: boolean): void => {
      dialog.close();
      dialog.remove();
      resolve(ok);
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      finish(true);
    });
    form.querySelector(`[data-testid="${testid}-cancel"]`)?.addEventListener('click', () => finish(false));
    dialog.addEventListener('cancel', () => finish(false));
    dialog.showModal();
    (form.querySelector('input, select, textarea') as HTMLElement | null)?.focus();
  });
}

/** An actor field of a form: search as you type, the picked id kept on the input. */
function actorField(label: string, testid: string): { field: HTMLElement; picked(): string | undefined } {
  const input = el('input', { type: 'search', 'data-testid': testid, autocomplete: 'off', 'aria-label': label });
  const list = el('ul', { className: 'picker-results', role: 'listbox', hidden: true });
  let picked: SearchHit | undefined;
  attachActorPicker({ input, list, onPick: (hit) => void ((picked = hit), (input.value = hit.name)) });
  input.addEventListener('input', () => (picked = undefined));
  return {
    field: el('label', { className: 'field' }, label, el('div', { className: 'picker' }, input, list)),
    picked: () => picked?.id,
  };
}

export class Curation {
  canCurate = false;
  name: string | null = null;

  constructor(
    private readonly host: CurationHost,
    private readonly bar: HTMLElement,
  ) {}

  /** Asks the server who we are, and shows the bar: read-only with a sign-in, or the curator's name and Undo. */
  async init(): Promise<void> {
    try {
      const { curator } = await graphql(CuratorStatusDocument, {});
      this.canCurate = curator.canCurate;
      this.name = curator.name;
    } catch {
      this.canCurate = false;
    }
    document.body.classList.toggle('curating', this.canCurate);
    this.renderBar();
  }

  private get undoStack(): string[] {
    try {
      return JSON.parse(sessionStorage.getItem(UNDO_KEY) ?? '[]') as string[];
    } catch {
      return [];
    }
  }

  private set undoStack(ids: string[]) {
    try {
      sessionStorage.setItem(UNDO_KEY, JSON.stringify(ids.slice(-100)));
    } catch {
      /* storage disabled: undo covers nothing after a reload */
    }
  }

  private renderBar(): void {
    if (!this.canCurate) {
      replaceChildren(
        this.bar,
        el('span', { className: 'muted', 'data-testid': 'read-only' }, 'Read-only'),
        button('Curate…', 'btn-curate', () => void this.signIn(), 'Enter a curator’s token to fix the graph'),
      );
      return;
    }
    const stack = this.undoStack;
    const undo = button('Undo', 'btn-undo', () => void this.undoLast(), 'Undo your last change');
    undo.disabled = stack.length === 0;
    replaceChildren(
      this.bar,
      el(
        'span',
        { className: 'curator', 'data-testid': 'curator-name', title: `Curating as ${this.name ?? 'curator'}` },
        `✎ ${this.name ?? 'curator'}`,
      ),
      undo,
      button('Rejected', 'btn-rejected', () => void this.showRejected(), 'Claims set aside by curators'),
      button('History', 'btn-history', () => void this.showHistory(null, 'All curations'), 'Every change, and Export'),
    );
  }

  private async signIn(): Promise<void> {
    const token = await askToken('Enter your curator token (CURATOR_TOKEN) to fix the graph:');
    if (token === undefined) return;
    await this.init();
    if (!this.canCurate) this.flash('That token may read, not curate.');
  }

  private flash(message: string, error = false): void {
    const note = el(
      'div',
      { className: error ? 'toast error' : 'toast', role: 'status', 'data-testid': 'toast' },
      message,
    );
    document.body.append(note);
    setTimeout(() => note.remove(), 6_000);
  }

  /** Runs one question; a failure is said in a toast and gives undefined. */
  private async fetched<T>(run: () => Promise<T>): Promise<T | undefined> {
    try {
      return await run();
    } catch (error) {
      this.flash(messageOf(error), true);
      return undefined;
    }
  }

  /** Runs one mutation; on success remembers it for Undo, redraws and says what happened. */
  private async perform(run: () => Promise<CurationRow>, focus?: string): Promise<CurationRow | undefined> {
    try {
      const done = await run();
      this.undoStack = [...this.undoStack, done.id];
      this.renderBar();
      await this.host.refresh(focus);
      this.flash(`Done: ${done.summary}`);
      return done;
    } catch (error) {
      this.flash(messageOf(error), true);
      return undefined;
    }
  }

  private async undoLast(): Promise<void> {
    const stack = this.undoStack;
    const last = stack.pop();
    if (last === undefined) return;
    try {
      const { undoCuration } = await graphql(UndoCurationDocument, { id: newId(), curation: last });
      this.undoStack = stack;
      this.renderBar();
      await this.host.refresh(undoCuration.action === 'merge' ? undoCuration.target : undefined);
      this.flash(`Undone: ${undoCuration.summary}`);
    } catch (error) {
      this.flash(messageOf(error), true);
    }
  }

  /** The buttons under one evidence sentence: read its article; for a curator, reject, confirm, reverse, history. */
  claimTools(evidence: Evidence): HTMLElement {
    const tools = el('div', { className: 'claim-tools', 'data-testid': 'claim-tools' });
    tools.append(
      button(
        'Read article',
        'btn-read',
        () => void this.openReader(evidence.articleId, evidence.articleTitle, evidence.sentence),
      ),
    );
    const claim = evidence.claim;
    if (!this.canCurate || claim === '') return tools;
    tools.append(
      button(
        'Reject',
        'btn-reject',
        () => void this.perform(async () => (await graphql(RejectClaimDocument, { id: newId(), claim })).rejectClaim),
      ),
      button(
        'Confirm',
        'btn-confirm',
        () => void this.perform(async () => (await graphql(ConfirmClaimDocument, { id: newId(), claim })).confirmClaim),
      ),
    );
    const stance = stanceParts(claim);
    if (stance !== undefined) {
      const revise = (type: 'BACKS' | 'OPPOSES', from: string, to: string) => () =>
        void this.perform(
          async () => (await graphql(ReviseStanceDocument, { id: newId(), claim, type, from, to })).reviseStance,
        );
      const type = stance.type as 'BACKS' | 'OPPOSES';
      const other = type === 'BACKS' ? 'OPPOSES' : 'BACKS';
      tools.append(
        button('Reverse', 'btn-reverse', revise(type, stance.to, stance.from), 'The stance runs the other way'),
        button(
          other === 'BACKS' ? 'Backs, not opposes' : 'Opposes, not backs',
          'btn-retype',
          revise(other, stance.from, stance.to),
          'The stance has the other sign',
        ),
      );
    }
    tools.append(
      button('Date…', 'btn-redate', () => void this.redate(claim, evidence.date)),
      button('History', 'btn-claim-history', () => void this.showHistory(claim, 'Claim history')),
    );
    return tools;
  }

  private async redate(claim: string, current: string | null): Promise<void> {
    const input = el('input', { type: 'date', value: current ?? '', required: true, 'data-testid': 'redate-date' });
    const ok = await formDialog(
      'Date of the claim',
      'redate-dialog',
      [el('label', { className: 'field' }, 'Date', input)],
      'Save',
    );
    if (!ok || input.value === '') return;
    await this.perform(
      async () => (await graphql(RedateClaimDocument, { id: newId(), claim, date: input.value })).redateClaim,
    );
  }

  /** The curator's buttons in an actor's panel: edit, merge, history. */
  actorTools(node: GraphNode): HTMLElement | null {
    if (!this.canCurate) return null;
    return el(
      'div',
      { className: 'panel-actions curation-actions', 'data-testid': 'actor-tools' },
      button('Edit…', 'btn-edit-actor', () => void this.editActor(node)),
      button('Merge into…', 'btn-merge', () => void this.mergeActor(node)),
      node.kind === 'Country' ? null : button('Split out…', 'btn-split', () => void this.splitActor(node)),
      button('History', 'btn-actor-history', () => void this.showHistory(node.id, `History of ${node.label}`)),
    );
  }

  private async editActor(node: GraphNode): Promise<void> {
    const name = el('input', { type: 'text', value: node.label, 'data-testid': 'edit-name' });
    const title = el('input', { type: 'text', value: node.title ?? '', 'data-testid': 'edit-title' });
    const alias = el('input', { type: 'text', 'data-testid': 'edit-alias' });
    const ok = await formDialog(
      `Edit ${node.label}`,
      'edit-dialog',
      [
        el('label', { className: 'field' }, 'Name', name),
        node.kind === 'Official' ? el('label', { className: 'field' }, 'Title', title) : null,
        el('label', { className: 'field' }, 'Add an alias', alias),
      ].filter((x): x is HTMLLabelElement => x !== null),
      'Save',
    );
    if (!ok) return;
    const edit = {
      ...(name.value.trim() !== node.label ? { name: name.value } : {}),
      ...(node.kind === 'Official' && title.value.trim() !== (node.title ?? '') ? { title: title.value } : {}),
      ...(alias.value.trim() !== '' ? { addAlias: alias.value } : {}),
    };
    await this.perform(
      async () => (await graphql(EditActorDocument, { id: newId(), actor: node.id, edit })).editActor,
      node.id,
    );
  }

  private async mergeActor(node: GraphNode): Promise<void> {
    const into = actorField(`Merge ${node.label} into`, 'merge-into');
    const ok = await formDialog(
      `Merge ${node.label}`,
      'merge-dialog',
      [
        el('p', {}, 'All its meetings and stances move to the actor you pick; its name becomes an alias there.'),
        into.field,
      ],
      'Merge',
    );
    const target = into.picked();
    if (!ok || target === undefined) return;
    await this.perform(
      async () => (await graphql(MergeActorsDocument, { id: newId(), from: node.id, into: target })).mergeActors,
      target,
    );
  }

  /** Two people (or bodies) read as one: the claims ticked move to an actor of the name given. */
  private async splitActor(node: GraphNode): Promise<void> {
    const data = await this.fetched(() => actorPanel(node.id));
    if (data === undefined) return;
    const choices: { claim: string; label: string }[] = [
      ...(data.actorDetail?.meetings ?? []).map((m) => ({
        claim: `meeting|${m.id}`,
        label: `Met ${m.participants
          .filter((p) => p.id !== node.id)
          .map((p) => p.name)
          .join(', ')}: ${m.evidence[0]?.sentence ?? ''}`,
      })),
      ...[...data.backers, ...data.backs, ...data.opposers, ...data.opposes].flatMap((r) =>
        r.evidence.map((e) => ({ claim: e.claim, label: `${r.type} ${r.actor.name}: ${e.sentence}` })),
      ),
    ];
    const name = el('input', { type: 'text', required: true, 'data-testid': 'split-name' });
    const boxes = choices.map((c) => el('input', { type: 'checkbox', value: c.claim }));
    const ok = await formDialog(
      `Split out of ${node.label}`,
      'split-dialog',
      [
        el('label', { className: 'field' }, 'The other actor’s name', name),
        el('p', {}, 'Tick the claims that are theirs:'),
        el(
          'div',
          { className: 'check-list split-claims' },
          ...choices.map((c, i) => el('label', { className: 'check' }, boxes[i]!, c.label.slice(0, 160))),
        ),
      ],
      'Split',
    );
    const claims = boxes.filter((b) => b.checked).map((b) => b.value);
    if (!ok || name.value.trim() === '' || claims.length === 0) return;
    await this.perform(
      async () =>
        (await graphql(SplitActorDocument, { id: newId(), actor: node.id, name: name.value, claims })).splitActor,
      node.id,
    );
  }

  /** The source reader: the article as imported; a curator selects a sentence and adds the claim it states. */
  async openReader(articleId: string, title: string | null, sentence?: string): Promise<void> {
    const answer = await this.fetched(async () => (await graphql(ArticleTextDocument, { id: articleId })).articleText);
    if (answer === undefined) return;
    const text = answer;
    const body = el('article', { className: 'reader', 'data-testid': 'reader-text' });
    if (text === null)
      body.append(
        el('p', { className: 'muted' }, 'The article’s file is not readable here any more (moved or changed).'),
      );
    else for (const paragraph of text.text.split(/\n\n+/)) body.append(markedParagraph(paragraph, sentence));
    // The article's other claims, each a link to its sentence in the text.
    const claims =
      text === null || text.claims.length === 0
        ? el('p', { className: 'muted' }, text === null ? '' : 'No claim in force was read from this article.')
        : el(
            'ol',
            { className: 'reader-claims', 'data-testid': 'reader-claims' },
            ...text.claims.map((c) =>
              el(
                'li',
                {},
                button(`${claimKindLabel(c.kind)}: ${c.summary}`, 'reader-claim', () => {
                  const target = [...body.querySelectorAll('p')].find((p) => p.textContent?.includes(c.evidence));
                  for (const old of body.querySelectorAll('.reader-focus')) old.classList.remove('reader-focus');
                  target?.classList.add('reader-focus');
                  target?.scrollIntoView({ block: 'center' });
                }),
              ),
            ),
          );
    const source =
      text?.url != null
        ? el('p', {}, el('a', { href: text.url, target: '_blank', rel: 'noopener noreferrer' }, 'Original article'))
        : el('span', {});
    // The selection is kept as it is made: pressing the button may collapse it before the click arrives.
    let selected = '';
    const onSelection = (): void => {
      const selection = window.getSelection();
      const text = selection?.toString().trim() ?? '';
      if (text !== '' && selection !== null && body.contains(selection.anchorNode)) selected = text;
    };
    document.addEventListener('selectionchange', onSelection);
    const add = button('Add claim from selection', 'btn-add-claim', () => {
      onSelection();
      if (selected === '') return this.flash('Select the sentence that states the claim first.', true);
      document.removeEventListener('selectionchange', onSelection);
      dialog.close();
      dialog.remove();
      void this.addClaim(articleId, selected);
    });
    add.hidden = !this.canCurate || text === null;
    const close = button('Close', 'reader-close', () => {
      document.removeEventListener('selectionchange', onSelection);
      dialog.close();
      dialog.remove();
    });
    const dialog = el(
      'dialog',
      { className: 'reader-dialog', 'data-testid': 'reader' },
      el('h2', {}, text?.title ?? title ?? articleId),
      source,
      body,
      el('h3', {}, 'Claims read from this article'),
      claims,
      el('div', { className: 'dialog-actions' }, add, close),
    );
    dialog.addEventListener('cancel', () => {
      document.removeEventListener('selectionchange', onSelection);
      dialog.remove();
    });
    document.body.append(dialog);
    dialog.showModal();
    body.querySelector('mark')?.scrollIntoView({ block: 'center' });
  }

  private async addClaim(articleId: string, sentence: string): Promise<void> {
    const type = el(
      'select',
      { 'data-testid': 'add-type' },
      el('option', { value: 'MET' }, 'Meeting'),
      el('option', { value: 'BACKS' }, 'Backs'),
      el('option', { value: 'OPPOSES' }, 'Opposes'),
    );
    const first = actorField('Actor', 'add-first');
    const second = actorField('Second actor (met, or is backed or opposed)', 'add-second');
    const evidence = el('textarea', { rows: 3, 'data-testid': 'add-evidence' }, sentence);
    const date = el('input', { type: 'date', 'data-testid': 'add-date' });
    const ok = await formDialog(
      'Add a claim',
      'add-dialog',
      [
        el('label', { className: 'field' }, 'Claim', type),
        first.field,
        second.field,
        el('label', { className: 'field' }, 'Evidence', evidence),
        el('label', { className: 'field' }, 'Date (optional)', date),
      ],
      'Add',
    );
    const a = first.picked();
    const b = second.picked();
    if (!ok) return;
    if (a === undefined || b === undefined) return this.flash('Pick both actors from the search results.', true);
    const common = { id: newId(), article: articleId, evidence: evidence.value, date: date.value || null };
    await this.perform(
      async () =>
        type.value === 'MET'
          ? (await graphql(AddMeetingDocument, { ...common, participants: [a, b] })).addMeeting
          : (
              await graphql(AddStanceDocument, {
                ...common,
                type: type.value as 'BACKS' | 'OPPOSES',
                from: a,
                to: b,
              })
            ).addStance,
      a,
    );
  }

  private async showHistory(target: string | null, title: string): Promise<void> {
    const rows = await this.fetched(async () => (await graphql(CurationsDocument, { target, limit: 100 })).curations);
    if (rows === undefined) return;
    const list = el(
      'ol',
      { className: 'history', 'data-testid': 'history' },
      ...rows.map((c) =>
        el(
          'li',
          { className: c.undoneAt ? 'undone' : '' },
          el('div', {}, c.summary),
          el(
            'div',
            { className: 'muted small' },
            [c.by, c.at.slice(0, 16).replace('T', ' '), c.undoneAt ? 'undone' : null, c.note]
              .filter(Boolean)
              .join(' · '),
          ),
        ),
      ),
    );
    // The whole history can be shared: a corrections file that `npm run import -- --corrections` applies.
    const exporter =
      target === null
        ? button('Export all as JSON', 'btn-export-curations', () => void this.exportAll(), 'A corrections file')
        : null;
    this.host.showPanel(
      title,
      `${rows.length} change${rows.length === 1 ? '' : 's'}, newest first`,
      el('div', {}, exporter, rows.length > 0 ? list : el('p', { className: 'muted' }, 'No curation yet.')),
    );
  }

  private async showRejected(): Promise<void> {
    const rows = await this.fetched(async () => (await graphql(RejectedClaimsDocument, { limit: 200 })).rejectedClaims);
    if (rows === undefined) return;
    const list = el(
      'ul',
      { className: 'evidence-list', 'data-testid': 'rejected-list' },
      ...rows.map((r) =>
        el(
          'li',
          { className: 'evidence' },
          el('div', {}, `${r.type}: ${r.actors.map((a) => a.name).join(' → ')}`),
          el('blockquote', { className: 'sentence' }, r.evidence),
          el(
            'div',
            { className: 'claim-tools' },
            button(
              'Restore',
              'btn-restore',
              () =>
                void this.perform(
                  async () =>
                    (await graphql(UndoCurationDocument, { id: newId(), curation: r.rejectedBy })).undoCuration,
                ),
            ),
          ),
        ),
      ),
    );
    this.host.showPanel(
      'Rejected claims',
      'Hidden from the map and the API; restore one to bring it back.',
      rows.length > 0 ? list : el('p', { className: 'muted' }, 'No claim is rejected.'),
    );
  }

  private async exportAll(): Promise<void> {
    try {
      const response = await fetch('/api/curations/export', {
        headers: { Accept: 'application/json', ...authorization() },
      });
      if (!response.ok) throw new ApiError('HTTP_ERROR', `Export failed: HTTP ${response.status}`, response.status);
      download(await response.blob(), `entente-curations-${new Date().toISOString().slice(0, 10)}.json`);
    } catch (error) {
      this.flash(messageOf(error), true);
    }
  }
}

function authorization(): Record<string, string> {
  const token = currentToken();
  return token === undefined ? {} : { Authorization: `Bearer ${token}` };
}

/** A paragraph of the reader, with the evidence sentence marked where it stands so it is read in its context. */
function markedParagraph(paragraph: string, sentence: string | undefined): HTMLElement {
  const at = sentence ? paragraph.indexOf(sentence) : -1;
  if (at < 0) return el('p', {}, paragraph);
  return el(
    'p',
    {},
    paragraph.slice(0, at),
    el('mark', { 'data-testid': 'reader-evidence' }, sentence!),
    paragraph.slice(at + sentence!.length),
  );
}

/** How the reader's claim list names a claim's kind. */
function claimKindLabel(kind: string): string {
  return kind === 'MEETING' ? 'Meeting' : kind === 'BACKS' ? 'Backs' : kind === 'OPPOSES' ? 'Opposes' : kind;
}
