import type { WorkStage } from '../../../engine';
import type { BoardColumn } from '../../act/board-model';
import { iconKey } from '../../icons';
import type { WidgetHost } from '../../scenes/base-scene';
import type { Button } from '../button';

/** A column's − / + WIP limit buttons, at the right end of its header (Dev, Test and Ops only). */
export function limitButtons(
  host: WidgetHost,
  at: { column: BoardColumn; right: number; y: number },
  change: (stage: WorkStage, delta: 1 | -1) => void,
): Button[] {
  const { column, right, y } = at;
  if (column !== 'dev' && column !== 'test' && column !== 'ops') return [];
  const stage: WorkStage = column;
  const name = host.t(`board.stages.${stage}`);
  const step = (delta: 1 | -1, x: number) =>
    host.button({
      x,
      y,
      width: 26,
      height: 24,
      label: '',
      icon: iconKey(delta < 0 ? 'minus' : 'plus'),
      description: host.t(delta < 0 ? 'board.limitDown' : 'board.limitUp', { stage: name }),
      onActivate: () => change(stage, delta),
    });
  return [step(-1, right - 34), step(1, right - 4)];
}
