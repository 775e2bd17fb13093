import Phaser from 'phaser';
import type { RunLog } from '../../engine';
import { engineVersionAge } from '../../platform/engine-version';
import { readLastRun } from '../../platform/last-run';
import { ACT_IDS, type ActId } from '../../platform/progress';
import { RetryableImport } from '../../platform/retry-import';
import { allWhatIfs, analyseRun, bestNextTry, summary } from '../debrief/analysis';
import type { DebriefHookTarget, WhatIfSnapshot } from '../debrief/hook';
import { isWhatIfChange, runWhatIf, type WhatIfChange, type WhatIfResult } from '../debrief/what-if';
import { SceneKey } from '../services';
import { drawBackdrop } from '../ui/backdrop';
import type { DebriefLayer, DebriefTab } from '../ui/debrief/debrief-layer';
import { debriefFormat } from '../ui/debrief/format';
import { colors, DESIGN_WIDTH } from '../ui/theme';
import { BaseScene } from './base-scene';

export interface DebriefSceneData {
  /** The finished run to debrief; without it, the act's last finished run is loaded. */
  log?: RunLog;
  scenarioId?: ActId;
  /** The tab and what-if on show (kept here so a language change rebuilds the same view). */
  tab?: DebriefTab;
  whatIf?: WhatIfChange | null;
}

const NAVIGATION_KEYS = [
  Phaser.Input.Keyboard.KeyCodes.TAB,
  Phaser.Input.Keyboard.KeyCodes.SPACE,
  Phaser.Input.Keyboard.KeyCodes.UP,
  Phaser.Input.Keyboard.KeyCodes.DOWN,
  Phaser.Input.Keyboard.KeyCodes.LEFT,
  Phaser.Input.Keyboard.KeyCodes.RIGHT,
];

/**
 * After an act: why the score is what it is, the DORA keys, the charts of the run, a what-if replay
 * and the lesson. The content is a DOM layer over the canvas (see `ui/debrief`); this scene owns its
 * life: created in `build`, removed on SHUTDOWN with every listener it added.
 */
export class DebriefScene extends BaseScene {
  private layer: DebriefLayer | null = null;
  /**
   * The layer's code (Chart.js, the exports), loaded when first needed. Kept by the scene, which Phaser
   * reuses, so a download that failed is asked for again under a new URL (see RetryableImport).
   */
  private readonly layerCode = new RetryableImport(() => import('../ui/debrief/debrief-layer'));

  constructor(services: ConstructorParameters<typeof BaseScene>[1]) {
    super(SceneKey.Debrief, services);
  }

  protected override backTarget(): SceneKey {
    return SceneKey.ActSelect;
  }

  protected build(input: Record<string, unknown>): void {
    const data = input as DebriefSceneData;
    this.layer = null;
    drawBackdrop(this);
    const last = data.log ? { log: data.log, stale: null } : this.lastLog(data.scenarioId);
    if (last.stale) {
      // A run played under other rules cannot be replayed: say so plainly.
      this.showMessage(this.t(`debrief.otherVersion.${last.stale}`));
      return;
    }
    const log = last.log;
    const analysed = log ? analyseRun(log) : null;
    if (!analysed?.ok) {
      if (log && analysed?.reason === 'engine-version-mismatch') {
        const age = engineVersionAge(log.engineVersion);
        this.showMessage(this.t(`debrief.otherVersion.${age === 'current' ? 'other' : age}`));
        return;
      }
      this.showMessage(
        analysed ? this.t('debrief.error', { reason: analysed.reason }) : this.t('debrief.noRun'),
      );
      return;
    }
    const run = analysed.data;
    // Read before the layer reports its first state into `input`.
    const restore = { tab: data.tab, whatIf: data.whatIf };
    const now = () => performance.now();
    // All six what-ifs are replayed now (a few ms each), so picking one only has to draw it.
    const whatIfs = allWhatIfs(run, now);
    // The debrief's layer (Chart.js, the exports) loads when first needed, not with the game.
    let alive = true;
    this.track({ close: () => (alive = false) });
    const loading = this.text(DESIGN_WIDTH / 2, 340, this.t('debrief.loading'), 'body', {
      align: 'center',
      color: colors.textMuted,
    }).setOrigin(0.5);
    void this.layerCode.run().then(
      ({ DebriefLayer }) => {
        if (!alive) return;
        loading.destroy();
        // The DOM layer takes the keyboard: native Tab order, Space and arrows for its buttons and tabs.
        // (Not before it is there: the message for a failed download has Phaser buttons.)
        const keyboard = this.input.keyboard;
        keyboard?.removeCapture(NAVIGATION_KEYS);
        // The scene's own focus ring (for Phaser buttons) would swallow Tab and the arrows: it has none here.
        this.focusGroup.close();
        this.track({ close: () => keyboard?.addCapture(NAVIGATION_KEYS) });
        const layer = new DebriefLayer({
          data: run,
          fmt: debriefFormat(this.services.translator),
          reducedMotion: this.reducedMotion,
          textSize: this.services.settings.value.textSize,
          canvas: this.game.canvas,
          nextTry: bestNextTry(run, whatIfs),
          runWhatIf: (change) =>
            whatIfs.get(change) ?? runWhatIf(run.log, run.scenario, change, now, run.run),
          onContinue: () => this.go(SceneKey.ActSelect),
          onSound: (name) => this.playSound(name),
          onState: (state) => {
            // `input` is the object the scene restarts with on a language change.
            input.tab = state.tab;
            input.whatIf = state.whatIf;
          },
        });
        this.layer = layer;
        this.track({ close: () => layer.destroy() });
        // The viewport changes the canvas size after the game resizes it; follow it.
        this.track(this.services.viewport.subscribe(() => layer.layout()));
        if (isWhatIfChange(restore.whatIf)) layer.showWhatIf(restore.whatIf);
        if (restore.tab) layer.select(restore.tab, false);
        layer.focusFirst();

        const hook = this.services.testHook;
        if (hook) {
          hook.markReady();
          hook.attachDebrief(this.hookTarget(layer, run.log.scenarioId));
          this.track({ close: () => hook.detachDebrief() });
        }
      },
      () => {
        if (!alive) return;
        loading.destroy();
        // Offline without the cached chunk, or a failed download: say so, with a way back and a retry.
        this.showMessage(this.t('debrief.loadFailed'), () => this.scene.restart(input));
      },
    );
  }

  /** The focused control's label, for the test hook (the DOM layer has its own focus). */
  override focusedLabel(): string | null {
    const active = document.activeElement;
    if (this.layer && active instanceof HTMLElement && this.layer.root.contains(active)) {
      return active.textContent?.trim() ?? null;
    }
    return super.focusedLabel();
  }

  /** The act's last run (or the first act's that has one); `stale` when it is from another version. */
  private lastLog(scenarioId: ActId | undefined): {
    log: RunLog | null;
    stale: 'older' | 'newer' | 'other' | null;
  } {
    const acts = scenarioId ? [scenarioId] : ACT_IDS;
    let stale: 'older' | 'newer' | 'other' | null = null;
    for (const act of acts) {
      const last = readLastRun(this.services.storage, act);
      if (last.status === 'ok') return { log: last.run.log, stale: null };
      if (last.status === 'other-version') stale ??= last.age;
    }
    return { log: null, stale };
  }

  /** A message instead of the debrief, with Back (and Try again, given `retry`). */
  private showMessage(message: string, retry?: () => void): void {
    this.text(DESIGN_WIDTH / 2, 300, message, 'title', {
      align: 'center',
      wrapWidth: 800,
      color: colors.textMuted,
    }).setOrigin(0.5);
    const gap = 24;
    const width = 240;
    const back = this.button({
      x: retry ? DESIGN_WIDTH / 2 - (width + gap) / 2 : DESIGN_WIDTH / 2,
      y: 400,
      width,
      height: 50,
      label: this.t('common.back'),
      variant: retry ? 'secondary' : 'primary',
      sound: 'back',
      onActivate: () => this.go(SceneKey.ActSelect),
    });
    const again = retry
      ? this.button({
          x: DESIGN_WIDTH / 2 + (width + gap) / 2,
          y: 400,
          width,
          height: 50,
          label: this.t('debrief.tryAgain'),
          variant: 'primary',
          onActivate: retry,
        })
      : null;
    this.focusGroup.focus(again ?? back);
    this.services.testHook?.markReady();
  }

  private hookTarget(layer: DebriefLayer, scenario: string): DebriefHookTarget {
    const snapshotOf = (result: WhatIfResult): WhatIfSnapshot => {
      const original = layer.options.data.outcome;
      return {
        change: result.change,
        original: summary(original),
        changed: summary(result.outcome),
        replaced: result.plan.dropped.length,
        elapsedMs: result.elapsedMs,
      };
    };
    return {
      snapshot: () => {
        const { data, nextTry } = layer.options;
        const { score, metrics } = data.outcome;
        return {
          scenario,
          seed: data.log.seed,
          score: score.total,
          stars: score.stars,
          components: score.components,
          dora: score.dora,
          metrics,
          series: data.series,
          nextTry,
          practices: data.practices,
          tab: layer.activeTab,
          whatIf: layer.current ? snapshotOf(layer.current) : null,
          chartAxes: layer.chartAxes(),
          chartFonts: layer.chartFonts(),
        };
      },
      whatIf: (change) => {
        if (!isWhatIfChange(change)) throw new Error(`Unknown what-if change: ${String(change)}`);
        const result = layer.showWhatIf(change);
        if (!result) throw new Error(`The what-if ${change} could not be replayed`);
        return snapshotOf(result);
      },
    };
  }
}
