// The act as a page a screen reader can play: the status, the columns and their cards, the team, the
// controls and any open dialog, as landmarks, lists and real buttons — built from the same board
// model as the canvas (the act scene describes it as a MirrorView), never from the canvas. It is
// visually hidden unless Settings shows it; a polite live region beside it says what happens.
//
// Rendering is keyed: an element keeps its identity from one render to the next, so the button a
// player is on keeps the focus while the act runs on.

import { scaledPx } from '../../../shared/text-size';

/** One thing in a list: a button when it does something, otherwise plain text. */
export interface MirrorItem {
  /** Stable across renders (e.g. `card-17`, `triage-accept-17`). */
  id: string;
  label: string;
  /** A longer accessible description (read after the label). */
  description?: string;
  /** A toggle's state (aria-pressed). */
  pressed?: boolean;
  disabled?: boolean;
  /** The card or control that is selected right now (aria-current). */
  current?: boolean;
  onActivate?: () => void;
}

export interface MirrorSection {
  id: string;
  /** The section's heading, read as the list's name. */
  name: string;
  items: MirrorItem[];
}

export interface MirrorDialog {
  id: string;
  title: string;
  body: string;
  items: MirrorItem[];
  /** The item focused when the dialog opens (the safe choice), or null for the dialog's title. */
  focusId: string | null;
}

export interface MirrorView {
  title: string;
  /** Clock, speed, goal and the four keys, one line each. */
  status: MirrorItem[];
  /** The board's columns, in order. */
  columns: MirrorSection[];
  /** Requests, team, release, policies, investments… (whatever the act has). */
  groups: MirrorSection[];
  dialog: MirrorDialog | null;
}

export interface BoardMirrorOptions {
  /** The element the mirror and its live region are added to (the game's parent element). */
  parent: HTMLElement;
  /** Text for the landmark, the live region and the section of columns. */
  labels: { region: string; board: string; controls: string; status: string };
  /** Shown on screen (Settings) or only to assistive technology. */
  visible: boolean;
  /** Keyboard focus entered a mirror item: the canvas moves its focus ring there. */
  onFocus?: (id: string | null) => void;
}

const STYLE_ID = 'phx-mirror-style';
// Its text follows the player's text size (the page root's scale, set by main.ts): the panel widens with
// it, up to under half the window, and its lists wrap.
const MIRROR_CSS = `
.phx-mirror { position: fixed; top: 0; right: 0; bottom: 0; width: min(45vw, ${scaledPx(340)}); overflow: auto;
  z-index: 20; background: rgba(10, 16, 23, 0.96); color: #e6edf3;
  font: ${scaledPx(14)}/1.4 "Inter Variable", system-ui, sans-serif; overflow-wrap: anywhere;
  padding: 8px 12px; box-sizing: border-box; border-left: 1px solid #2a3a4a; }
.phx-mirror.phx-hidden { position: fixed; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip-path: inset(50%); white-space: nowrap; border: 0; }
.phx-mirror h2 { font-size: ${scaledPx(16)}; margin: 6px 0; }
.phx-mirror h3 { font-size: ${scaledPx(14)}; margin: 10px 0 4px; color: #b7c7d6; }
.phx-mirror ul { list-style: none; margin: 0; padding: 0; }
.phx-mirror li { margin: 2px 0; }
.phx-mirror button { font: inherit; color: #e6edf3; background: #1f2b37; border: 1px solid #2a3a4a;
  border-radius: 6px; padding: 3px 8px; text-align: left; width: 100%; cursor: pointer; }
.phx-mirror button[aria-pressed="true"], .phx-mirror button[aria-current="true"] { border-color: #f0e442; }
.phx-mirror button:disabled { opacity: 0.6; cursor: default; }
.phx-mirror button:focus-visible { outline: 3px solid #f0e442; outline-offset: 1px; }
.phx-mirror [role="dialog"] { border: 1px solid #f0e442; border-radius: 8px; padding: 6px 8px; margin: 8px 0; }
.phx-live { position: fixed; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip-path: inset(50%);
  white-space: nowrap; }
`;

function ensureStyle(): void {
  if (document.getElementById(STYLE_ID)) return;
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = MIRROR_CSS;
  document.head.append(style);
}

function setText(node: HTMLElement, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

function setAttr(node: HTMLElement, name: string, value: string | null): void {
  if (value === null) {
    if (node.hasAttribute(name)) node.removeAttribute(name);
  } else if (node.getAttribute(name) !== value) node.setAttribute(name, value);
}

/** A list whose items keep their elements (and so the focus) across renders. */
class KeyedList {
  readonly element: HTMLUListElement;
  private readonly items = new Map<string, HTMLLIElement>();

  constructor(private readonly mirror: BoardMirror) {
    this.element = document.createElement('ul');
  }

  render(items: readonly MirrorItem[]): void {
    const keep = new Set(items.map((item) => item.id));
    for (const [id, li] of this.items) {
      if (keep.has(id)) continue;
      li.remove();
      this.items.delete(id);
    }
    let previous: HTMLLIElement | null = null;
    for (const item of items) {
      let li = this.items.get(item.id);
      const wantsButton = item.onActivate !== undefined;
      if (li && (li.firstElementChild?.tagName === 'BUTTON') !== wantsButton) {
        li.remove();
        li = undefined;
      }
      if (!li) {
        li = document.createElement('li');
        li.append(document.createElement(wantsButton ? 'button' : 'span'));
        this.items.set(item.id, li);
      }
      const node = li.firstElementChild as HTMLElement;
      node.dataset.mirrorId = item.id;
      this.mirror.bind(item);
      setText(node, item.label);
      if (wantsButton) {
        setAttr(node, 'type', 'button');
        setAttr(node, 'aria-pressed', item.pressed === undefined ? null : String(item.pressed));
        setAttr(node, 'aria-current', item.current ? 'true' : null);
        setAttr(node, 'aria-description', item.description ?? null);
        (node as HTMLButtonElement).disabled = item.disabled === true;
      }
      const expected: ChildNode | null = previous ? previous.nextSibling : this.element.firstChild;
      if (expected !== li) this.element.insertBefore(li, expected);
      previous = li;
    }
  }
}

/** A titled section (a region with a heading and a keyed list). */
class SectionView {
  readonly element: HTMLElement;
  private readonly heading: HTMLHeadingElement;
  private readonly list: KeyedList;

  constructor(mirror: BoardMirror, id: string) {
    this.element = document.createElement('section');
    this.heading = document.createElement('h3');
    this.heading.id = `phx-mirror-${id}`;
    this.element.setAttribute('aria-labelledby', this.heading.id);
    this.list = new KeyedList(mirror);
    this.element.append(this.heading, this.list.element);
  }

  render(section: MirrorSection): void {
    setText(this.heading, section.name);
    this.list.render(section.items);
  }
}

/** Renders a MirrorView into the page and keeps it current. */
export class BoardMirror {
  private readonly root: HTMLElement;
  private readonly live: HTMLElement;
  private readonly heading: HTMLHeadingElement;
  private readonly status: KeyedList;
  private readonly columnsHost: HTMLElement;
  private readonly groupsHost: HTMLElement;
  private readonly dialogHost: HTMLElement;
  private readonly columns = new Map<string, SectionView>();
  private readonly groups = new Map<string, SectionView>();
  private readonly actions = new Map<string, () => void>();
  private dialog: {
    id: string;
    element: HTMLElement;
    title: HTMLElement;
    body: HTMLElement;
    list: KeyedList;
  } | null = null;
  /** The mirror button that had the focus when a dialog opened over it: it gets it back as they close. */
  private returnFocus: HTMLElement | null = null;
  /**
   * Per dialog that another covered (help under its Glossary), the item the player was on in it: it is
   * focused again when that dialog comes back, rather than the dialog's first choice.
   */
  private readonly coveredFocus = new Map<string, string>();
  private readonly onClick = (event: Event) => {
    const target = (event.target as HTMLElement | null)?.closest<HTMLElement>('button[data-mirror-id]');
    const id = target?.dataset.mirrorId;
    if (!id || (target as HTMLButtonElement).disabled) return;
    this.actions.get(id)?.();
  };
  private readonly onFocusIn = (event: Event) => {
    const id = (event.target as HTMLElement | null)?.dataset?.mirrorId ?? null;
    this.options.onFocus?.(id);
  };
  private readonly onFocusOut = (event: FocusEvent) => {
    if (!this.root.contains(event.relatedTarget as Node | null)) this.options.onFocus?.(null);
  };
  private readonly onKey = (event: KeyboardEvent) => {
    // Keys typed on the mirror are the mirror's: the canvas's own key map must not act on them too.
    event.stopPropagation();
  };

  constructor(private readonly options: BoardMirrorOptions) {
    ensureStyle();
    this.root = document.createElement('section');
    this.root.className = 'phx-mirror';
    this.root.setAttribute('aria-label', options.labels.region);
    this.heading = document.createElement('h2');
    this.heading.tabIndex = -1;
    const statusHeading = document.createElement('h3');
    statusHeading.textContent = options.labels.status;
    this.status = new KeyedList(this);
    this.dialogHost = document.createElement('div');
    this.columnsHost = document.createElement('section');
    this.columnsHost.setAttribute('aria-label', options.labels.board);
    this.groupsHost = document.createElement('section');
    this.groupsHost.setAttribute('aria-label', options.labels.controls);
    this.root.append(
      this.heading,
      this.dialogHost,
      statusHeading,
      this.status.element,
      this.columnsHost,
      this.groupsHost,
    );
    this.live = document.createElement('div');
    this.live.className = 'phx-live';
    this.live.setAttribute('role', 'status');
    this.live.setAttribute('aria-live', 'polite');
    this.live.setAttribute('aria-atomic', 'true');
    this.live.dataset.part = 'announcer';
    this.root.addEventListener('click', this.onClick);
    this.root.addEventListener('focusin', this.onFocusIn);
    this.root.addEventListener('focusout', this.onFocusOut);
    this.root.addEventListener('keydown', this.onKey);
    this.root.addEventListener('keyup', this.onKey);
    options.parent.append(this.root, this.live);
    this.setVisible(options.visible);
  }

  /** Remembers what an item does (the latest render's closure is the one a click calls). */
  bind(item: MirrorItem): void {
    if (item.onActivate) this.actions.set(item.id, item.onActivate);
    else this.actions.delete(item.id);
  }

  setVisible(visible: boolean): void {
    this.root.classList.toggle('phx-hidden', !visible);
  }

  render(view: MirrorView): void {
    setText(this.heading, view.title);
    this.status.render(view.status);
    this.renderSections(this.columnsHost, this.columns, view.columns);
    this.renderSections(this.groupsHost, this.groups, view.groups);
    this.renderDialog(view.dialog);
  }

  /** Says a message in the polite live region (the caller paces it: see Announcer). */
  announce(message: string): void {
    // A changed text node is what screen readers pick up; the same sentence twice is re-set.
    this.live.textContent = '';
    this.live.textContent = message;
  }

  /** Moves the keyboard focus to an item, if it is on the page. */
  focus(id: string): boolean {
    const node = this.root.querySelector<HTMLElement>(`[data-mirror-id="${CSS.escape(id)}"]`);
    if (!node) return false;
    node.focus();
    return true;
  }

  destroy(): void {
    this.root.removeEventListener('click', this.onClick);
    this.root.removeEventListener('focusin', this.onFocusIn);
    this.root.removeEventListener('focusout', this.onFocusOut);
    this.root.removeEventListener('keydown', this.onKey);
    this.root.removeEventListener('keyup', this.onKey);
    this.root.remove();
    this.live.remove();
    this.actions.clear();
    this.returnFocus = null;
  }

  private renderSections(
    host: HTMLElement,
    views: Map<string, SectionView>,
    sections: readonly MirrorSection[],
  ): void {
    const keep = new Set(sections.map((section) => section.id));
    for (const [id, view] of views) {
      if (keep.has(id)) continue;
      view.element.remove();
      views.delete(id);
    }
    let previous: HTMLElement | null = null;
    for (const section of sections) {
      let view = views.get(section.id);
      if (!view) {
        view = new SectionView(this, section.id);
        views.set(section.id, view);
      }
      view.render(section);
      const expected: ChildNode | null = previous ? previous.nextSibling : host.firstChild;
      if (expected !== view.element) host.insertBefore(view.element, expected);
      previous = view.element;
    }
  }

  private renderDialog(dialog: MirrorDialog | null): void {
    const focusWasHere = this.root.contains(document.activeElement);
    if (this.dialog && this.dialog.id !== dialog?.id) {
      const active = document.activeElement;
      const activeId = active instanceof HTMLElement ? active.dataset.mirrorId : undefined;
      if (dialog && activeId && this.dialog.element.contains(active))
        this.coveredFocus.set(this.dialog.id, activeId);
      this.dialog.element.remove();
      this.dialog = null;
    }
    if (!dialog) {
      // The dialog took the focus with it: it goes back where it was, else to the top of the board.
      const back = this.returnFocus;
      this.returnFocus = null;
      this.coveredFocus.clear();
      if (focusWasHere && !this.root.contains(document.activeElement)) {
        if (back?.isConnected && this.root.contains(back)) back.focus();
        else this.heading.focus();
      }
      return;
    }
    if (!this.dialog) {
      // Remembered once for a run of dialogs (one may follow another), and only a mirror element.
      const active = document.activeElement;
      if (
        !this.returnFocus &&
        active instanceof HTMLElement &&
        this.root.contains(active) &&
        !this.dialogHost.contains(active)
      )
        this.returnFocus = active;
      const element = document.createElement('div');
      element.setAttribute('role', 'dialog');
      const title = document.createElement('h3');
      title.id = 'phx-mirror-dialog-title';
      title.tabIndex = -1;
      element.setAttribute('aria-labelledby', title.id);
      const body = document.createElement('p');
      body.id = 'phx-mirror-dialog-body';
      element.setAttribute('aria-describedby', body.id);
      const list = new KeyedList(this);
      element.append(title, body, list.element);
      this.dialogHost.append(element);
      this.dialog = { id: dialog.id, element, title, body, list };
      setText(title, dialog.title);
      setText(body, dialog.body);
      list.render(dialog.items);
      // Focus opens on the safe choice (or the title, where every choice matters) when the player is
      // on the mirror; it is never taken from the canvas.
      if (focusWasHere) {
        const covered = this.coveredFocus.get(dialog.id);
        this.coveredFocus.delete(dialog.id);
        if (covered !== undefined && this.focus(covered)) return;
        if (dialog.focusId === null || !this.focus(dialog.focusId)) title.focus();
      }
      return;
    }
    setText(this.dialog.title, dialog.title);
    setText(this.dialog.body, dialog.body);
    this.dialog.list.render(dialog.items);
  }
}
