import type Phaser from 'phaser';
import type { Metrics, Scenario } from '../../../engine';
import { formatDuration, formatPerDayValue } from '../../../i18n/format';
import { RetryableImport } from '../../../platform/retry-import';
import type { PracticeResult } from '../../../scoring';
import type { DoraKeys } from '../../../scoring/dora';
import { goalMet } from '../../act/results';
import { type PointsTone, resultsPractices } from '../../practice-text';
import type { WidgetHost } from '../../scenes/base-scene';
import { drawStar } from '../backdrop';
import type { Button } from '../button';
import { fitOrShorten, fitText } from '../fit-text';
import { colors } from '../theme';
import { Overlay } from './overlay';
import type { ShareOptions, ShareOverlay } from './share-overlay';
import { BAND_COLOR } from './work-look';

const TONE_COLOR: Record<PointsTone, number> = {
  gain: colors.green,
  loss: colors.orange,
  none: colors.textMuted,
};

export interface ActScore {
  total: number;
  stars: number;
}

/** The panel's frame at 100% text: taller than the other overlays, its buttons on the same line (y 584). */
const BOX = { x: 260, y: 40, width: 760, height: 590 };

/**
 * The end of an act: score and stars, the goal, the DORA four keys with their bands, and what the
 * practices the player used earned.
 */
export class ResultsPanel extends Overlay {
  readonly outcome: { stars: number; score: number };
  private share: ShareOverlay | null = null;
  private readonly ownButtons: Button[] = [];
  private shareButton: Button | null = null;

  constructor(
    host: WidgetHost,
    options: {
      scenario: Scenario;
      metrics: Metrics;
      dora: DoraKeys;
      score: ActScore;
      /** Practice points of this run (null when they could not be computed). */
      practices: readonly PracticeResult[] | null;
      onContinue: () => void;
      onReplay: () => void;
      removeButton: (button: Button) => void;
      /** The result code's contents: with it the panel offers "Share result" (classroom). */
      share?: ShareOptions;
      /** "Share result" is about to open (true; the focus is still where it was) or has closed (false). */
      onShare?: (open: boolean) => void;
    },
  ) {
    // Larger text makes the panel taller (up to the screen's edges); its rows flow down at their
    // 100% places, or lower when what is above them needs the room.
    const grow = (host.textRender.scale - 1) * 2;
    super(
      host,
      { ...BOX, y: BOX.y - 26 * grow, height: BOX.height + 100 * grow, accent: colors.green },
      options.removeButton,
    );
    const { x, y, width } = this.box;
    const { metrics, scenario, score } = options;
    const top = y;
    this.outcome = { stars: score.stars, score: score.total };
    let cursor = y + 8;
    /** Puts a text's top at its 100% place or just under what came before, whichever is lower. */
    const place = (text: Phaser.GameObjects.Text, atFullTop: number, gap = 2) => {
      const textTop = Math.max(atFullTop, cursor);
      text.setY(textTop + text.height * text.originY);
      cursor = textTop + text.height + gap;
      return text;
    };
    const heading = this.text(x + width / 2, 0, host.t('results.heading'), 'heading', { size: 28 }).setOrigin(
      0.5,
    );
    place(heading, top + 34 - heading.height / 2, 0);
    const total = this.text(x + width / 2, 0, host.formatNumber(score.total), 'display', {
      size: 52,
    }).setOrigin(0.5);
    place(total, top + 82 - total.height / 2, 0);
    const outOf = this.text(x + width / 2, 0, host.t('results.outOf'), 'caption').setOrigin(0.5);
    place(outOf, top + 125 - outOf.height / 2, 4);
    const starsY = Math.max(top + 154, cursor + 18);
    const stars = this.track(host.scene.add.graphics());
    for (let s = 0; s < 3; s++) drawStar(stars, x + width / 2 - 46 + s * 46, starsY, 18, s < score.stars);
    cursor = starsY + 20;
    const starsText = this.text(
      x + width / 2,
      0,
      host.t('acts.stars', { count: score.stars }),
      'caption',
    ).setOrigin(0.5);
    place(starsText, top + 184 - starsText.height / 2, 6);

    // The goal, by the engine's one definition (features live by the goal's day).
    const met = goalMet(scenario, metrics);
    const goalLines = [
      host.t(met.shipped ? 'results.shippedMet' : 'results.shippedMissed', {
        shipped: met.featuresShipped,
        target: met.featuresTarget,
        day: met.byDay,
      }),
      host.t(met.outages ? 'results.outagesMet' : 'results.outagesMissed', {
        hours: host.formatNumber(met.outageHours, { maximumFractionDigits: 1 }),
        max: met.maxOutageHours,
      }),
    ];
    goalLines.forEach((line, index) => {
      const ok = index === 0 ? met.shipped : met.outages;
      const text = this.text(x + 40, 0, `${ok ? '✓' : '✗'}  ${line}`, 'body', {
        size: 15,
        color: ok ? colors.green : colors.orange,
      });
      fitText(text, { width: width - 80, minSize: 11 });
      place(text, top + 206 + index * 24, 0);
    });

    const keys = [
      [
        'deploymentFrequency',
        host.t('units.perDay', {
          value: formatPerDayValue(host, metrics.deploymentsPerDay),
        }),
      ],
      // Lead time for changes, the median: the HUD tile's number and the debrief's.
      ['leadTime', formatDuration(host, metrics.leadTimeForChangesHours.p50)],
      [
        'changeFailureRate',
        metrics.changeFailureRate === null
          ? '–'
          : host.formatNumber(metrics.changeFailureRate, { style: 'percent', maximumFractionDigits: 0 }),
      ],
      ['timeToRestore', formatDuration(host, metrics.mttrHours)],
    ] as const;
    const tileTop = Math.max(top + 262, cursor + 10);
    let tileBottom = tileTop + 78;
    keys.forEach(([key, value], index) => {
      const tileX = x + 40 + index * 172;
      const band = options.dora[key];
      const label = this.text(tileX + 12, tileTop + 14, host.t(`dora.${key}`), 'caption', { size: 12 });
      fitOrShorten(label, host.t(`shortLabels.dora.${key}`), { width: 140, minSize: 9 });
      // Larger text starts the tile's name nearer its top edge.
      label.setY(tileTop + (grow > 0 ? 8 : 14));
      host.glossary.attach(label, `tile-${key}`);
      const valueText = this.text(
        tileX + 12,
        Math.max(tileTop + 32, label.y + label.height),
        value,
        'title',
        {
          size: 20,
        },
      );
      const bandText = this.text(
        tileX + 12,
        Math.max(tileTop + 58, valueText.y + valueText.height),
        host.t(`dora.band.${band}`),
        'label',
        { size: 13, color: BAND_COLOR[band] },
      );
      tileBottom = Math.max(tileBottom, bandText.y + bandText.height + 6);
    });
    keys.forEach(([key], index) => {
      const frame = this.track(host.scene.add.graphics());
      frame.lineStyle(2, BAND_COLOR[options.dora[key]], 1);
      frame.strokeRoundedRect(x + 40 + index * 172, tileTop, 160, tileBottom - tileTop, 8);
    });
    cursor = tileBottom + 10;
    // The business view beside DORA's: how long customers waited, and every deployment.
    const customer = metrics.customerLeadTimeHours.p50;
    const summary = this.text(
      x + 40,
      0,
      host.t('results.summary', {
        customer: formatDuration(host, customer),
        count: metrics.deployments,
        failed: metrics.failedDeployments,
      }),
      'body',
      { size: 14, color: colors.textMuted, wrapWidth: width - 80 },
    );
    place(summary, top + 350, 6);
    host.glossary.attach(summary, 'results-customerLeadTime');

    // What the practices earned: the top three used, with their signed points.
    const view = resultsPractices(options.practices, host);
    place(this.text(x + 40, 0, view.heading, 'label', { size: 15, color: colors.text }), top + 384, 2);
    view.rows.forEach((row, index) => {
      const name = place(this.text(x + 56, 0, row.name, 'body', { size: 15 }), top + 410 + index * 24, 0);
      this.text(x + width - 40, name.y, row.points, 'label', {
        size: 15,
        color: TONE_COLOR[row.tone],
      }).setOrigin(1, 0);
    });
    if (view.note) {
      const note = this.text(x + 40, 0, view.note, 'caption', {
        size: 13,
        color: colors.textMuted,
        wrapWidth: width - 80,
      });
      place(note, top + 410 + view.rows.length * 24, 0);
    }
    const buttonY = Math.max(top + 544, cursor + 8 + 25);

    // Continue · Share result · Replay (three narrower buttons when the result can be shared).
    const share = options.share;
    const [left, middle, right] = share ? [-236, 0, 236] : [-130, 0, 130];
    const buttonWidth = share ? 216 : 240;
    this.ownButtons.push(
      this.button({
        x: x + width / 2 + left,
        y: buttonY,
        width: buttonWidth,
        height: 50,
        label: host.t('results.continue'),
        variant: 'primary',
        onActivate: options.onContinue,
      }),
    );
    if (share) {
      this.shareButton = this.button({
        x: x + width / 2 + middle,
        y: buttonY,
        width: buttonWidth,
        height: 50,
        label: host.t('resultCode.share'),
        onActivate: () => this.openShare(share, options.removeButton, options.onShare),
      });
      this.ownButtons.push(this.shareButton);
    }
    this.ownButtons.push(
      this.button({
        x: x + width / 2 + right,
        y: buttonY,
        width: buttonWidth,
        height: 50,
        label: host.t('results.replay'),
        onActivate: options.onReplay,
      }),
    );
    this.shareOptions = share ?? null;
    if (share) this.loadShare();
  }

  private readonly shareOptions: ShareOptions | null;
  /** The sharing code (result codes, their compression, the dialog), loaded as the panel opens. */
  private shareModule: typeof import('./share-overlay') | null = null;
  private shareLoading: Promise<typeof import('./share-overlay') | null> | null = null;

  /** Asked for again on the next click when it failed (see RetryableImport). */
  private readonly shareImport = new RetryableImport(() => import('./share-overlay'));

  /**
   * Result codes are compressed with fflate, whose tables take ~20 ms to build when its module is
   * evaluated: that belongs to the end of an act, not to the start of every act.
   */
  private loadShare(): Promise<typeof import('./share-overlay') | null> {
    this.shareLoading ??= this.shareImport.run().then(
      (module) => {
        this.shareModule = module;
        return module;
      },
      () => {
        // Offline on a first visit, or a failed download: the next click asks again.
        this.shareLoading = null;
        return null;
      },
    );
    return this.shareLoading;
  }

  /** The finished act's result code (with the saved display name); null when sharing is off. */
  resultCode(): string | null {
    if (this.share) return this.share.resultCode;
    return this.shareOptions && this.shareModule
      ? this.shareModule.currentResultCode(this.shareOptions)
      : null;
  }

  /** "Share result" when it is open over the panel (the dialog in front). */
  get nested(): Overlay | null {
    return this.share;
  }

  private openShare(
    share: ShareOptions,
    removeButton: (button: Button) => void,
    onShare?: (open: boolean) => void,
  ): void {
    if (this.share || this.closed) return;
    const module = this.shareModule;
    if (!module) {
      void this.loadShare().then((loaded) => {
        if (this.closed) return;
        if (loaded) this.openShare(share, removeButton, onShare);
        else this.shareButton?.setLabel(this.host.t('resultCode.loadFailed'));
      });
      return;
    }
    this.shareButton?.setLabel(this.host.t('resultCode.share'));
    onShare?.(true);
    this.onShare = onShare;
    for (const button of this.ownButtons) button.setEnabled(false);
    this.share = new module.ShareOverlay(this.host, {
      ...share,
      removeButton,
      onClose: () => this.closeShare(),
    });
  }

  private onShare: ((open: boolean) => void) | undefined;

  private closeShare(): void {
    if (!this.share) return;
    this.share.destroy();
    this.share = null;
    for (const button of this.ownButtons) button.setEnabled(true);
    if (this.shareButton) this.host.focus(this.shareButton);
    this.onShare?.(false);
  }

  override destroy(): void {
    this.share?.destroy();
    this.share = null;
    super.destroy();
  }
}
