import { describe, expect, it } from 'vitest';
import { ADD_ACCESS_JOURNEY as journey } from '../../guide/journey';
import {
  completeStep,
  doneCount,
  EMPTY_PROGRESS,
  finishJourney,
  nextStepId,
  reachStep,
  readJourneyProgress,
  togglePrerequisite,
} from '../../lib/progress';

const index = (id: string) => journey.steps.findIndex((s) => s.id === id);

describe('progress', () => {
  it('reaching a page marks every earlier step done, not the page itself', () => {
    const p = reachStep(EMPTY_PROGRESS, journey, index('employer-group'));
    expect(p.done).toEqual(['open-service', 'manage-access', 'social-security', 'log-in']);
    expect(p.lastStep).toBe('employer-group');
    expect(nextStepId(p, journey)).toBe('employer-group');
  });
  it('going back to an earlier page loses nothing', () => {
    const ahead = reachStep(EMPTY_PROGRESS, journey, index('users-menu'));
    const back = reachStep(ahead, journey, index('open-service'));
    expect(back.done).toEqual(ahead.done);
    expect(back.lastStep).toBe('open-service');
  });
  it('clicking a target completes its step and those before it', () => {
    const p = completeStep(EMPTY_PROGRESS, journey, 'manage-access');
    expect(p.done).toEqual(['open-service', 'manage-access']);
    expect(completeStep(p, journey, 'nope')).toBe(p);
  });
  it('returns the same object when nothing changes, so nothing is written', () => {
    const p = reachStep(EMPTY_PROGRESS, journey, 2);
    expect(reachStep(p, journey, 2)).toBe(p);
    expect(togglePrerequisite(p, 'bce-number', false)).toBe(p);
  });
  it('finishes the journey, from its last step only', () => {
    expect(finishJourney(EMPTY_PROGRESS, journey)).toBe(EMPTY_PROGRESS);
    const p = finishJourney(reachStep(EMPTY_PROGRESS, journey, index('tick-tr-fpp')), journey);
    expect(p.finished).toBe(true);
    expect(nextStepId(p, journey)).toBeNull();
    expect(doneCount(p, journey)).toBe(9); // nine places: the alternatives count once
    expect(p.skipped).toEqual(['edit-existing']);
  });
  it('counts prerequisites the user ticked', () => {
    const p = togglePrerequisite(EMPTY_PROGRESS, 'bce-number', true);
    expect(doneCount(p, journey)).toBe(1);
    expect(togglePrerequisite(p, 'bce-number', false).prerequisites).toEqual([]);
  });
});

describe('branches: a new user, or an existing account', () => {
  it('a new user: the form is done, the existing-account step not needed', () => {
    let p = reachStep(EMPTY_PROGRESS, journey, index('fill-required'));
    p = reachStep(p, journey, index('tick-tr-fpp'));
    expect(p.done).toContain('fill-required');
    expect(p.skipped).toEqual(['edit-existing']);
    expect(nextStepId(p, journey)).toBe('tick-tr-fpp');
  });
  it('an existing account: the new-user form is not needed, whatever comes next', () => {
    let p = reachStep(EMPTY_PROGRESS, journey, index('edit-existing'));
    expect(p.skipped).toEqual(['fill-required']);
    expect(nextStepId(p, journey)).toBe('edit-existing');
    p = completeStep(p, journey, 'edit-existing');
    p = reachStep(p, journey, index('tick-tr-fpp'));
    expect(p.done).toContain('edit-existing');
    expect(p.done).not.toContain('fill-required');
    expect(p.skipped).toEqual(['fill-required']);
    expect(doneCount(p, journey)).toBe(8); // everything but the last place, tick TR-FPP
  });
  it('going back before the branch forgets the choice', async () => {
    const { undoFrom } = await import('../../lib/progress');
    const p = undoFrom(reachStep(EMPTY_PROGRESS, journey, index('tick-tr-fpp')), journey, index('add-user'));
    expect(p.skipped).toBeUndefined();
    expect(nextStepId(p, journey)).toBe('add-user');
  });
});

describe('readJourneyProgress (stored data is untrusted)', () => {
  it.each([undefined, null, 42, 'x', [], { 'add-access': 'broken' }, { 'add-access': [] }])('gives empty progress for %j', (raw) => {
    expect(readJourneyProgress(raw, journey)).toEqual(EMPTY_PROGRESS);
  });
  it('keeps what is valid and drops the rest', () => {
    const raw = { 'add-access': { done: ['log-in', 'bogus', 'log-in', 7], prerequisites: ['bce-number', 'x'], lastStep: 'bogus', finished: 'yes' } };
    expect(readJourneyProgress(raw, journey)).toEqual({ done: ['log-in'], prerequisites: ['bce-number'], lastStep: null, finished: false });
    const ok = { 'add-access': { done: ['log-in', 'bogus', 'log-in'], prerequisites: [], lastStep: 'log-in', finished: false } };
    expect(readJourneyProgress(ok, journey).done).toEqual(['log-in']);
    expect(readJourneyProgress(ok, journey).lastStep).toBe('log-in');
  });
});

describe('isDamaged', () => {
  it('tells damaged stored progress from intact or absent progress', async () => {
    const { isDamaged } = await import('../../lib/progress');
    expect(isDamaged(undefined, journey)).toBe(false);
    expect(isDamaged({}, journey)).toBe(false);
    expect(isDamaged({ 'add-access': { done: ['log-in'], prerequisites: [], lastStep: null, finished: false } }, journey)).toBe(false);
    expect(isDamaged('garbage', journey)).toBe(true);
    expect(isDamaged({ 'add-access': 7 }, journey)).toBe(true);
    expect(isDamaged({ 'add-access': { done: ['log-in', 'nope'], prerequisites: [] } }, journey)).toBe(true);
  });
});
