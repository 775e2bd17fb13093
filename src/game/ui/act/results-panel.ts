import type { Metrics, Scenario } from '../../../engine';
import type { DoraKeys } from '../../../scoring/dora';
import { goalMet } from '../../act/results';
import type { WidgetHost } from '../../scenes/base-scene';
import { drawStar } from '../backdrop';
import type { Button } from '../button';
import { colors, css } from '../theme';
import { formatHours } from './hud';
import { Overlay } from './overlay';
import { currentResultCode, type ShareOptions, ShareOverlay } from './share-overlay';
import { BAND_COLOR } from './work-look';

export interface ActScore {
  total: number;
  stars: number;
}

/** The end of an act: score and stars, the goal, and the DORA four keys with their bands. */
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
      onContinue: () => void;
      onReplay: () => void;
      removeButton: (button: Button) => void;
      /** The result code's contents: with it the panel offers "Share result" (classroom). */
      share?: ShareOptions;
    },
  ) {
    super(host, { x: 260, y: 90, width: 760, height: 540, accent: colors.green }, options.removeButton);
    const { x, y, width } = this.box;
    const { metrics, scenario, score } = options;
    this.outcome = { stars: score.stars, score: score.total };
    this.text(x + width / 2, y + 44, host.t('results.heading'), 'heading', { size: 30 }).setOrigin(0.5);
    this.text(x + width / 2, y + 100, host.formatNumber(score.total), 'display', { size: 56 }).setOrigin(0.5);
    this.text(x + width / 2, y + 140, host.t('results.outOf'), 'caption').setOrigin(0.5);
    const stars = this.track(host.scene.add.graphics());
    for (let s = 0; s < 3; s++) drawStar(stars, x + width / 2 - 50 + s * 50, y + 180, 20, s < score.stars);
    this.text(x + width / 2, y + 214, host.t('acts.stars', { count: score.stars }), 'caption').setOrigin(0.5);

    const met = goalMet(scenario, metrics);
    const goalLines = [
      host.t(met.shipped ? 'results.shippedMet' : 'results.shippedMissed', {
        shipped: metrics.featuresShipped,
        target: scenario.goal.featuresShipped,
      }),
      host.t(met.outages ? 'results.outagesMet' : 'results.outagesMissed', {
        hours: host.formatNumber(metrics.outageHours, { maximumFractionDigits: 1 }),
        max: scenario.goal.maxOutageHours,
      }),
    ];
    goalLines.forEach((line, index) => {
      const ok = index === 0 ? met.shipped : met.outages;
      this.text(x + 40, y + 252 + index * 26, `${ok ? '✓' : '✗'}  ${line}`, 'body', {
        size: 16,
        color: ok ? colors.green : colors.orange,
      });
    });

    const keys = [
      [
        'deploymentFrequency',
        host.t('units.perDay', {
          value: host.formatNumber(metrics.deploymentsPerDay, { maximumFractionDigits: 1 }),
        }),
      ],
      ['leadTime', metrics.leadTimeHours.p50 === null ? '–' : formatHours(host, metrics.leadTimeHours.p50)],
      [
        'changeFailureRate',
        metrics.changeFailureRate === null
          ? '–'
          : host.formatNumber(metrics.changeFailureRate, { style: 'percent', maximumFractionDigits: 0 }),
      ],
      ['timeToRestore', metrics.mttrHours === null ? '–' : formatHours(host, metrics.mttrHours)],
    ] as const;
    keys.forEach(([key, value], index) => {
      const tileX = x + 40 + index * 172;
      const band = options.dora[key];
      const frame = this.track(host.scene.add.graphics());
      frame.lineStyle(2, BAND_COLOR[band], 1);
      frame.strokeRoundedRect(tileX, y + 320, 160, 84, 8);
      this.text(tileX + 12, y + 336, host.t(`dora.${key}`), 'caption', { size: 12 });
      this.text(tileX + 12, y + 358, value, 'title', { size: 20 });
      this.text(tileX + 12, y + 388, host.t(`dora.band.${band}`), 'label', {
        size: 13,
        color: BAND_COLOR[band],
      }).setColor(css(BAND_COLOR[band]));
    });
    this.text(
      x + 40,
      y + 420,
      host.t('results.summary', {
        lead: metrics.leadTimeHours.mean === null ? '–' : formatHours(host, metrics.leadTimeHours.mean),
        releases: metrics.releases,
        failed: metrics.failedReleases,
      }),
      'body',
      { size: 14, color: colors.textMuted, wrapWidth: width - 80 },
    );

    // Continue · Share result · Replay (three narrower buttons when the result can be shared).
    const share = options.share;
    const [left, middle, right] = share ? [-236, 0, 236] : [-130, 0, 130];
    const buttonWidth = share ? 216 : 240;
    this.ownButtons.push(
      this.button({
        x: x + width / 2 + left,
        y: y + 494,
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
        y: y + 494,
        width: buttonWidth,
        height: 50,
        label: host.t('resultCode.share'),
        onActivate: () => this.openShare(share, options.removeButton),
      });
      this.ownButtons.push(this.shareButton);
    }
    this.ownButtons.push(
      this.button({
        x: x + width / 2 + right,
        y: y + 494,
        width: buttonWidth,
        height: 50,
        label: host.t('results.replay'),
        onActivate: options.onReplay,
      }),
    );
    this.shareOptions = share ?? null;
  }

  private readonly shareOptions: ShareOptions | null;

  /** The finished act's result code (with the saved display name); null when sharing is off. */
  resultCode(): string | null {
    if (this.share) return this.share.resultCode;
    return this.shareOptions ? currentResultCode(this.shareOptions) : null;
  }

  private openShare(share: ShareOptions, removeButton: (button: Button) => void): void {
    if (this.share) return;
    for (const button of this.ownButtons) button.setEnabled(false);
    this.share = new ShareOverlay(this.host, {
      ...share,
      removeButton,
      onClose: () => this.closeShare(),
    });
  }

  private closeShare(): void {
    this.share?.destroy();
    this.share = null;
    for (const button of this.ownButtons) button.setEnabled(true);
    if (this.shareButton) this.host.focus(this.shareButton);
  }

  override destroy(): void {
    this.share?.destroy();
    this.share = null;
    super.destroy();
  }
}
