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
import { avatar, Overlay } from './overlay';

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
    super(host, { x: 260, y: 150, width: 720, height: 410, accent: colors.danger }, options.removeButton);
    const { x, y, width } = this.box;
    const { decision, constraintName } = options;
    avatar(this, x + 56, y + 60, '!', colors.danger);
    this.text(x + 100, y + 44, host.t('incidentCard.heading', { id: decision.itemId }), 'label', {
      size: 16,
    }).setOrigin(0, 0.5);
    this.text(
      x + 100,
      y + 66,
      host.t(decision.outage ? 'incidentCard.outage' : 'incidentCard.noOutage'),
      'caption',
      { size: 12, color: decision.outage ? colors.danger : colors.textMuted, wrapWidth: width - 132 },
    ).setOrigin(0, 0.5);
    const title =
      decision.cause === 'failed-release'
        ? host.t('incidentCard.title.failedRelease', { count: decision.releaseSize })
        : host.t(
            decision.cause === 'escaped-defect'
              ? 'incidentCard.title.escapedDefect'
              : 'incidentCard.title.infrastructure',
          );
    const heading = this.text(x + 32, y + 100, title, 'title', { wrapWidth: width - 64 });
    const alternatives = decision.choices
      .map((choice) => choice.response)
      .filter((response) => response !== 'fix-forward')
      .join('+');
    // The body follows the title, however many lines the title takes in this language.
    this.text(
      x + 32,
      heading.y + heading.height + 10,
      host.t(BODY_KEY[alternatives] ?? BODY_KEY['hand-off']!, { name: constraintName }),
      'body',
      {
        size: 15,
        wrapWidth: width - 64,
        color: colors.textMuted,
      },
    );
    const count = decision.choices.length;
    const gap = 16;
    const buttonWidth = (width - 64 - (count - 1) * gap) / count;
    decision.choices.forEach((choice, index) => {
      const centre = x + 32 + buttonWidth / 2 + index * (buttonWidth + gap);
      const words = choiceText(host, decision, choice, constraintName);
      // The default is first, so the focus opens on it (never on a choice that changes course).
      this.button({
        x: centre,
        y: y + 306,
        width: buttonWidth,
        height: 52,
        compact: true,
        label: words.label,
        variant: index === 0 ? 'primary' : 'secondary',
        sound: 'confirm',
        onActivate: () => options.onChoose(choice.response),
      });
      this.text(centre, y + 342, words.detail, 'caption', {
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
