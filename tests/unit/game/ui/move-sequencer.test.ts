import { describe, expect, it } from 'vitest';
import { MoveSequencer } from '../../../../src/game/ui/act/move-sequencer';

describe('MoveSequencer', () => {
  it('closes a column up only once every leaver is gone, and fades new cards in only after that', () => {
    const moves = new MoveSequencer<string>();
    const log: string[] = [];
    moves.leave('a');
    moves.leave('b');
    moves.planReflow('dev', () => {
      log.push('dev closes up');
      return ['c', 'd'];
    });
    moves.arrive('e', 'dev', () => log.push('e arrives'));
    moves.arrive('f', 'live', () => log.push('f arrives'));
    expect(log).toEqual([]);
    moves.finished('a');
    expect(log).toEqual([]); // b is still fading out
    moves.finished('b');
    // Live has nothing closing up: f comes in at once; e waits for Dev.
    expect(log).toEqual(['dev closes up', 'f arrives']);
    moves.finished('c');
    expect(log).toHaveLength(2);
    moves.finished('d');
    expect(log).toEqual(['dev closes up', 'f arrives', 'e arrives']);
    expect(moves.busy).toBe(false);
  });

  it('starts a close-up at once when nothing leaves, and a newer plan for a column replaces a waiting one', () => {
    const moves = new MoveSequencer<string>();
    const log: string[] = [];
    moves.planReflow('test', () => {
      log.push('first');
      return [];
    });
    expect(log).toEqual(['first']);
    moves.leave('x');
    moves.planReflow('test', () => {
      log.push('stale');
      return [];
    });
    moves.planReflow('test', () => {
      log.push('latest');
      return [];
    });
    moves.finished('x');
    expect(log).toEqual(['first', 'latest']);
  });

  it('lets go of a stopped card: a leaver stopped midway no longer holds the board, a stopped arrival never starts', () => {
    const moves = new MoveSequencer<string>();
    const log: string[] = [];
    moves.leave('gone');
    moves.arrive('new', 'ops', () => log.push('new arrives'));
    moves.arrive('hidden', 'ops', () => log.push('hidden arrives'));
    moves.stop('hidden');
    moves.stop('gone');
    expect(log).toEqual(['new arrives']);
    expect(moves.busy).toBe(false);
  });

  it('copes with a start that stops another card (it releases again after the pass)', () => {
    const moves = new MoveSequencer<string>();
    const log: string[] = [];
    moves.leave('l');
    moves.planReflow('dev', () => {
      moves.stop('m'); // a close-up stopping a card that was itself closing up elsewhere
      log.push('dev');
      return ['d'];
    });
    moves.arrive('a', 'release', () => log.push('a'));
    moves.finished('l');
    expect(log).toEqual(['dev', 'a']);
    moves.finished('d');
    expect(moves.busy).toBe(false);
  });
});
