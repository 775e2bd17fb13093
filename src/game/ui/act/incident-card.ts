import {
  type IncidentChoice,
  type IncidentDecision,
  type IncidentResponse,
  openIncidentDecisions,
  type SimState,
} from '../../../engine';
import type { WidgetHost } from '../../scenes/base-scene';
import type { Button } from '../button';
import { colors } from '../theme';
import { formatHours } from './hud';
import { avatar, grownBox, measureHeight, Overlay } from './overlay';

const BODY_KEY: Record<string, string> = {
  'hand-off': 'incidentCard.body.handOff',
  'roll-back': 'incidentCard.body.rollBack',
  'hand-off+roll-back': 'incidentCard.body.both',
};

/** The words of one choice: its label and what it costs (hours, who, what comes back). */
export function choiceText(
  host: WidgetHost,
  decision: IncidentDecision,
  choice: IncidentChoice,
  constraintName: string,
): { label: string; detail: string } {
  const hours = formatHours(host, choice.hours);
  const name = constraintName;
  switch (choice.response) {
    case 'hand-off':
      return {
        label: host.t('incidentCard.choice.handOff', { name }),
        detail: host.t('incidentCard.detail.team', { hours, name }),
      };
    case 'roll-back':
      return {
        label: host.t('incidentCard.choice.rollBack'),
        detail: host.t('incidentCard.detail.rollBack', { hours, count: choice.returningChanges }),
      };
    default:
      return {
        label:
          decision.cause === 'failed-release'
            ? host.t('incidentCard.choice.fixForward')
            : host.t('incidentCard.choice.constraint', { name }),
        detail: choice.needsConstraint
          ? host.t('incidentCard.detail.constraint', { hours, name })
          : host.t('incidentCard.detail.plain', { hours }),
      };
  }
}

/**
 * An incident whose response is open: what broke, and the choices the model allows, each with what it
 * costs. The default (fix forward, what happens when nobody decides) comes first and takes the focus.
 */
export class IncidentCard extends Overlay {
  constructor(
    host: WidgetHost,
    options: {
      decision: IncidentDecision;
      constraintName: string;
      onChoose: (response: IncidentResponse) => void;
      removeButton: (button: Button) => void;
    },
  ) {
    // Rows at their 100% places, or lower where larger text needs the room; the card grows to hold them.
    const full = { x: 260, y: 150, width: 720, height: 410 };
    const { decision, constraintName } = options;
    const wrap = full.width - 64;
    const headingText = host.t('incidentCard.heading', { id: decision.itemId });
    const outageText = host.t(decision.outage ? 'incidentCard.outage' : 'incidentCard.noOutage');
    const title =
      decision.cause === 'failed-release'
        ? host.t('incidentCard.title.failedRelease', { count: decision.releaseSize })
        : host.t(
            decision.cause === 'escaped-defect'
              ? 'incidentCard.title.escapedDefect'
              : 'incidentCard.title.infrastructure',
          );
    const alternatives = decision.choices
      .map((choice) => choice.response)
      .filter((response) => response !== 'fix-forward')
      .join('+');
    const body = host.t(BODY_KEY[alternatives] ?? BODY_KEY['hand-off']!, { name: constraintName });
    const headingHeight = measureHeight(host, headingText, 'label', { size: 16 });
    const outageStyle = { size: 12, wrapWidth: full.width - 132 };
    const outageTop = Math.max(
      66 - measureHeight(host, outageText, 'caption', outageStyle) / 2,
      44 + headingHeight / 2,
    );
    const titleTop = Math.max(100, outageTop + measureHeight(host, outageText, 'caption', outageStyle) + 10);
    const bodyTop = titleTop + measureHeight(host, title, 'title', { wrapWidth: wrap }) + 10;
    const bodyBottom = bodyTop + measureHeight(host, body, 'body', { size: 15, wrapWidth: wrap });
    const buttonsY = Math.max(306, bodyBottom + 16 + 26);
    const count = decision.choices.length;
    const gap = 16;
    const buttonWidth = (full.width - 64 - (count - 1) * gap) / count;
    const details = decision.choices.map((choice) =>
      measureHeight(host, choiceText(host, decision, choice, constraintName).detail, 'caption', {
        size: 12,
        wrapWidth: buttonWidth,
      }),
    );
    const detailsBottom = buttonsY + 36 + Math.max(0, ...details);
    super(host, { ...grownBox(full, detailsBottom + 16), accent: colors.danger }, options.removeButton);
    const { x, y, width } = this.box;
    avatar(this, x + 56, y + 60, '!', colors.danger);
    this.text(x + 100, y + 44, headingText, 'label', { size: 16 }).setOrigin(0, 0.5);
    this.text(x + 100, y + outageTop, outageText, 'caption', {
      ...outageStyle,
      color: decision.outage ? colors.danger : colors.textMuted,
    });
    this.text(x + 32, y + titleTop, title, 'title', { wrapWidth: width - 64 });
    // The body follows the title, however many lines the title takes in this language.
    this.text(x + 32, y + bodyTop, body, 'body', {
      size: 15,
      wrapWidth: width - 64,
      color: colors.textMuted,
    });
    decision.choices.forEach((choice, index) => {
      const centre = x + 32 + buttonWidth / 2 + index * (buttonWidth + gap);
      const words = choiceText(host, decision, choice, constraintName);
      // The default is first, so the focus opens on it (never on a choice that changes course).
      this.button({
        x: centre,
        y: y + buttonsY,
        width: buttonWidth,
        height: 52,
        compact: true,
        label: words.label,
        variant: index === 0 ? 'primary' : 'secondary',
        sound: 'confirm',
        onActivate: () => options.onChoose(choice.response),
      });
      this.text(centre, y + buttonsY + 36, words.detail, 'caption', {
        size: 12,
        color: colors.textMuted,
        wrapWidth: buttonWidth,
        align: 'center',
      }).setOrigin(0.5, 0);
    });
  }
}

/**
 * Keeps one incident card on screen for the oldest open incident decision, while nothing else (a
 * story card, help, the tutorial, the results, the policy bot) has the player's attention.
 */
export class IncidentPrompt {
  private card: IncidentCard | null = null;
  private itemId: number | null = null;

  constructor(
    private readonly host: WidgetHost,
    private readonly options: {
      constraintName: () => string;
      onChoose: (itemId: number, response: IncidentResponse) => void;
      removeButton: (button: Button) => void;
      /** A card is about to open (the focus is still where it was) / has closed. */
      onOpen?: () => void;
      onClose?: () => void;
    },
  ) {}

  /** The card on show, if any (the accessible board reads it as a dialog). */
  get current(): IncidentCard | null {
    return this.card;
  }

  get open(): boolean {
    return this.card !== null;
  }

  sync(state: SimState, suppressed: boolean): void {
    const decision = suppressed ? undefined : openIncidentDecisions(state)[0];
    if ((decision?.itemId ?? null) === this.itemId) return;
    this.close();
    if (!decision) return;
    this.itemId = decision.itemId;
    this.options.onOpen?.();
    this.card = new IncidentCard(this.host, {
      decision,
      constraintName: this.options.constraintName(),
      removeButton: this.options.removeButton,
      onChoose: (response) => this.options.onChoose(decision.itemId, response),
    });
  }

  close(): void {
    const card = this.card;
    this.card = null;
    this.itemId = null;
    if (!card) return;
    card.destroy();
    this.options.onClose?.();
  }
}
